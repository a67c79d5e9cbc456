package dev.genaivsllm.cli;

import dev.genaivsllm.core.TimelineService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code timeline}: the histories of generative AI and of LLMs on one time axis. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "Show the histories of generative AI and of LLMs side by side, year by year.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm timeline                       from the first event to this year",
      "  genai-vs-llm timeline --since 2017 --until 2020",
      "  genai-vs-llm timeline --format svg > timeline.svg",
      "  genai-vs-llm timeline --json | jq -r '.events[] | \"\\(.date) \\(.title)\"'"
    })
public final class TimelineCommand implements Callable<Integer> {
  private static final int FIRST = 1900;
  private static final int LAST = 2100;

  private final TimelineService timelines;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(names = "--since", paramLabel = "YEAR", description = "Start the axis at this year.")
  private Integer since;

  @Option(names = "--until", paramLabel = "YEAR", description = "End the axis at this year.")
  private Integer until;

  public TimelineCommand(TimelineService timelines) {
    this.timelines = timelines;
  }

  @Override
  public Integer call() {
    check("--since", since);
    check("--until", until);
    if (since != null && until != null && since > until) {
      throw new UsageException("--since " + since + " is after --until " + until);
    }
    var timeline = timelines.between(since, until);
    output.print(r -> r.timeline(timeline));
    return ExitCode.OK;
  }

  private static void check(String option, Integer year) {
    if (year != null && (year < FIRST || year > LAST)) {
      throw new UsageException(
          option + " must be a year from " + FIRST + " to " + LAST + ", not " + year);
    }
  }
}
