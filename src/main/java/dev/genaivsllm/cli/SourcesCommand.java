package dev.genaivsllm.cli;

import dev.genaivsllm.core.SourceOrder;
import dev.genaivsllm.core.SourcesService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sources}: the bibliography, or one source and every place that cites it. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "List the bibliography, or show one source and where the pack cites it.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm sources                 every source, by first author",
      "  genai-vs-llm sources --sort year     oldest first (or: --sort key)",
      "  genai-vs-llm sources --list          the cite keys (one per line when piped)",
      "  genai-vs-llm sources vaswani2017     one source, and what cites it",
      "  genai-vs-llm sources 1706.03762      the same, by arXiv id",
      "  genai-vs-llm sources --json | jq -r '.sources[] | select(.unverified != []) | .key'"
    })
public final class SourcesCommand implements Callable<Integer> {
  private final SourcesService sources;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Parameters(
      paramLabel = "KEY",
      arity = "0..1",
      completionCandidates = ContentCompletions.SourceKeys.class,
      description = "A cite key (or unique prefix, or arXiv id). None: the whole bibliography.")
  private String key;

  @Option(
      names = "--list",
      description = "Only the cite keys (with short citations on a terminal).")
  private boolean list;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "Order the bibliography: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private SourceOrder sort = SourceOrder.author;

  public SourcesCommand(SourcesService sources) {
    this.sources = sources;
  }

  @Override
  public Integer call() {
    if (key != null && list) {
      throw new UsageException("--list takes no cite key; drop the key, or --list");
    }
    if (key == null) {
      var all = sources.list(sort, list);
      output.print(r -> r.sourceList(all));
    } else {
      var detail = sources.show(key);
      output.print(r -> r.sourceDetail(detail));
    }
    return ExitCode.OK;
  }
}
