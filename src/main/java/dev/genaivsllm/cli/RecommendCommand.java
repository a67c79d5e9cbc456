package dev.genaivsllm.cli;

import dev.genaivsllm.core.Need;
import dev.genaivsllm.core.RecommendRequest;
import dev.genaivsllm.core.RecommendService;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.model.Modality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recommend}: which kind of generative model fits a job, and why. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = "Suggest the kind of model a job needs, with the reasons and the caveats.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm recommend \"answer questions about our HR policies with citations\"",
      "  genai-vs-llm recommend turn product descriptions into photos",
      "  genai-vs-llm recommend \"transcribe a meeting, then summarise it\"",
      "  genai-vs-llm recommend --input image --output text --need on-device",
      "  genai-vs-llm recommend \"classify support tickets\" --explain",
      "  genai-vs-llm recommend                        four questions, then advice",
      "                                                (Ctrl-D stops them: exit code 0)",
      "",
      "The suggestions are heuristics from the pack's rules (content/recommend/), not a",
      "benchmark: check the caveats, and try the examples on your own data."
    })
public final class RecommendCommand implements Callable<Integer> {
  /**
   * The longest goal read: a few sentences. Reading a goal costs time with its length (100 kB took
   * 7-12 s), and no rule needs more than a sentence or two.
   */
  static final int MAX_GOAL = 1000;

  private final RecommendService recommend;
  private final Environment environment;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = "--input",
      split = ",",
      paramLabel = "KIND",
      description = "What goes in: ${COMPLETION-CANDIDATES} (repeatable, or comma-separated).")
  private List<Modality> inputs = new ArrayList<>();

  @Option(
      names = "--output",
      split = ",",
      paramLabel = "KIND",
      description = "What should come out: ${COMPLETION-CANDIDATES}.")
  private List<Modality> outputs = new ArrayList<>();

  @Option(
      names = "--need",
      split = ",",
      paramLabel = "NEED",
      completionCandidates = Need.Labels.class,
      description = "What the answer must meet: ${COMPLETION-CANDIDATES}.")
  private List<String> needs = new ArrayList<>();

  @Option(names = "--explain", description = "Show how every family's score was computed.")
  private boolean explain;

  @Parameters(paramLabel = "GOAL", arity = "0..*", description = "The job, in your own words.")
  private List<String> goal = new ArrayList<>();

  public RecommendCommand(RecommendService recommend, Environment environment) {
    this.recommend = recommend;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    RecommendRequest request;
    boolean noFlags = inputs.isEmpty() && outputs.isEmpty() && needs.isEmpty();
    if (goal.isEmpty() && noFlags) {
      if (!environment.terminal().stdinIsTerminal()) {
        throw new UsageException(
            "say what you want to do: recommend \"your goal\", or --input/--output/--need");
      }
      output.requireText("the guided questions; give a goal or flags for JSON");
      Optional<RecommendRequest> answered =
          new RecommendWizard(
                  new BoundedLines(environment.in(), MAX_GOAL),
                  spec.commandLine().getOut(),
                  output.context().width(),
                  this::readable,
                  environment.interrupts())
              .ask(explain);
      if (answered.isEmpty()) {
        return ExitCode.OK; // stopped on purpose (Ctrl-D, q), and told so
      }
      request = answered.get();
    } else {
      String words = String.join(" ", goal);
      if (words.isBlank() && noFlags) {
        throw new UsageException(
            "recommend needs a goal, for example: recommend sort support emails into queues");
      }
      UsageException.checkLength(words, MAX_GOAL, "a goal", "; say the job in a sentence or two");
      request =
          new RecommendRequest(words, Set.copyOf(inputs), Set.copyOf(outputs), needs(), explain);
    }
    var recommendation = recommend.recommend(request);
    output.print(r -> r.recommendation(recommendation));
    return ExitCode.OK;
  }

  /** Whether a goal alone says enough to recommend anything: the wizard asks again when not. */
  private boolean readable(String goal) {
    try {
      recommend.recommend(new RecommendRequest(goal, Set.of(), Set.of(), Set.of(), false));
      return true;
    } catch (NoMatchException e) {
      return false;
    }
  }

  private Set<Need> needs() {
    Set<Need> parsed = EnumSet.noneOf(Need.class);
    for (String label : needs) {
      parsed.add(
          Need.of(label.strip())
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--need '"
                              + label
                              + "' is not one of "
                              + String.join(", ", new Need.Labels()))));
    }
    return parsed;
  }
}
