package dev.genaivsllm.cli;

import dev.genaivsllm.core.ConceptPair;
import dev.genaivsllm.core.ExplainService;
import dev.genaivsllm.core.Explanation;
import dev.genaivsllm.core.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain}: one concept of the glossary, at the reader's level, with sources. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain a concept: what it is, what it is not, where it sits, with sources.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm explain transformer",
      "  genai-vs-llm explain stable diffusion          multi-word terms need no quotes",
      "  genai-vs-llm explain --level practitioner rlhf",
      "  genai-vs-llm explain gan vs diffusion          two concepts side by side",
      "  genai-vs-llm explain --random                  a concept to learn today",
      "  genai-vs-llm explain --list"
    })
public final class ExplainCommand implements Callable<Integer> {
  private final ExplainService explain;
  private final Clock clock;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "How deep: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Level level = Level.beginner;

  @Option(names = "--sources", description = "Print full references instead of short citations.")
  private boolean fullReferences;

  @Option(
      names = {"-l", "--list"},
      description = "List the concept ids with their definitions.")
  private boolean list;

  @Option(names = "--random", description = "Explain a concept picked at random (one per day).")
  private boolean random;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "With --random: pick with this seed, so the pick can be repeated.")
  private Long seed;

  @Parameters(
      paramLabel = "TERM",
      arity = "0..*",
      completionCandidates = ContentCompletions.Concepts.class,
      description = "The concept: its id, name, an alias, a plural or a unique prefix.")
  private List<String> term = new ArrayList<>();

  /** Where "vs" (or "versus") splits the words into two concepts, or -1. */
  private static int versus(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
      if (w.equals("vs") || w.equals("vs.") || w.equals("versus")) {
        return i;
      }
    }
    return -1;
  }

  public ExplainCommand(ExplainService explain, Clock clock) {
    this.explain = explain;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    int modes = (term.isEmpty() ? 0 : 1) + (list ? 1 : 0) + (random ? 1 : 0);
    if (modes != 1) {
      throw new UsageException(
          modes == 0
              ? "name a concept to explain, or use --list or --random"
              : "give a term, --list or --random, not several");
    }
    if (seed != null && !random) {
      throw new UsageException("--seed works only with --random");
    }
    if (list) {
      var all = explain.list();
      output.print(r -> r.conceptList(all));
      return ExitCode.OK;
    }
    int vs = versus(term);
    if (vs >= 0) {
      if (vs == 0 || vs == term.size() - 1) {
        throw new UsageException("name a concept on each side of '" + term.get(vs) + "'");
      }
      ConceptPair pair =
          explain.pair(
              String.join(" ", term.subList(0, vs)),
              String.join(" ", term.subList(vs + 1, term.size())));
      output.print(r -> r.conceptPair(pair));
      return ExitCode.OK;
    }
    Explanation explanation =
        random
            ? explain.random(
                seed != null ? seed : LocalDate.now(clock).toEpochDay(), level, fullReferences)
            : explain.explain(String.join(" ", term), level, fullReferences);
    output.print(r -> r.explanation(explanation));
    return ExitCode.OK;
  }
}
