package dev.genaivsllm.cli;

import dev.genaivsllm.core.CompareService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare}: generative AI and LLMs side by side, one dimension at a time. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare generative AI and LLMs side by side, along one or more dimensions.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm compare                    one row per dimension",
      "  genai-vs-llm compare architecture       the full comparison, with sources",
      "  genai-vs-llm compare arch data          several at once; unique prefixes work",
      "  genai-vs-llm compare --list             the dimension ids",
      "  genai-vs-llm compare training --json | jq '.dimensions[0].llm.points[].text'"
    })
public final class CompareCommand implements Callable<Integer> {
  private final CompareService compare;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = {"-l", "--list"},
      description = "List the dimension ids and titles.")
  private boolean list;

  @Parameters(
      paramLabel = "DIMENSION",
      arity = "0..*",
      completionCandidates = ContentCompletions.Dimensions.class,
      description = "Dimension ids, unique prefixes or aliases (see --list). None: an overview.")
  private List<String> dimensions = new ArrayList<>();

  public CompareCommand(CompareService compare) {
    this.compare = compare;
  }

  @Override
  public Integer call() {
    if (list) {
      if (!dimensions.isEmpty()) {
        throw new UsageException("--list takes no dimensions");
      }
      var all = compare.list();
      output.print(r -> r.dimensionList(all));
    } else {
      var comparison = compare.compare(dimensions);
      output.print(r -> r.comparison(comparison));
    }
    return ExitCode.OK;
  }
}
