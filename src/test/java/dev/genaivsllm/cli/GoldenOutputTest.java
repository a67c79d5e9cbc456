package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import dev.genaivsllm.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered output over the fixture pack, compared with its golden file. */
class GoldenOutputTest {
  /**
   * A golden case: the file name, where stdout goes, the command line, and the locale (LANG; null
   * for none, as over ssh or in cron).
   */
  record Case(String golden, FakeTerminal terminal, List<String> args, String lang) {
    static Case piped(String golden, String... args) {
      return new Case(golden, FakeTerminal.pipe(), List.of(args), "C.UTF-8");
    }

    static Case tty(String golden, int columns, String... args) {
      return new Case(golden, FakeTerminal.tty(columns), List.of(args), "C.UTF-8");
    }

    /** On a terminal in a locale that is not UTF-8: drawn in ASCII. */
    static Case noLocale(String golden, int columns, String... args) {
      return new Case(golden, FakeTerminal.tty(columns), List.of(args), null);
    }

    @Override
    public String toString() {
      return golden + " <- " + String.join(" ", args);
    }
  }

  static final List<Case> CASES =
      List.of(
          Case.piped("compare-architecture.txt", "compare", "architecture"),
          Case.tty("compare-architecture.ansi.txt", 100, "compare", "architecture"),
          Case.piped("compare-architecture.json", "compare", "architecture", "--json"),
          Case.piped("compare-architecture.md", "compare", "architecture", "--format", "markdown"),
          Case.piped("compare-narrow.txt", "compare", "architecture", "--width", "40"),
          Case.noLocale("compare-architecture.ascii.ansi.txt", 100, "compare", "architecture"),
          Case.piped("compare-architecture-forced.ascii.txt", "compare", "arch", "--ascii"),
          Case.noLocale("compare-overview.ascii.txt", 90, "compare", "--color", "never"),
          Case.noLocale(
              "compare-architecture.ascii.md",
              100,
              "compare",
              "architecture",
              "--format",
              "markdown"),
          Case.noLocale(
              "explain-transformer.ascii.txt", 80, "explain", "transformer", "--color", "never"),
          Case.noLocale(
              "sources-vaswani2017.ascii.txt", 80, "sources", "vaswani2017", "--color", "never"),
          Case.noLocale(
              "search-attention.ascii.txt", 80, "search", "attention", "--color", "never"),
          Case.noLocale("orientation.ascii.txt", 80, "--color", "never"),
          Case.noLocale(
              "recommend.ascii.txt",
              80,
              "recommend",
              "make photos from text, then summarise them",
              "--color",
              "never"),
          Case.noLocale(
              "quiz-report.ascii.txt",
              80,
              "quiz",
              "--seed",
              "5",
              "--count",
              "5",
              "--no-save",
              "--answers",
              "a,b,a,true,ab",
              "--color",
              "never"),
          Case.piped("compare-two.txt", "compare", "arch", "relationship"),
          Case.piped("compare-overview.txt", "compare"),
          Case.tty("compare-overview.ansi.txt", 90, "compare"),
          Case.piped("compare-overview.json", "compare", "--format", "json"),
          Case.piped("compare-overview.md", "compare", "--format", "markdown"),
          Case.piped("compare-overview-narrow.txt", "compare", "--width", "50"),
          Case.tty("compare-list.txt", 80, "compare", "--list", "--color", "never"),
          Case.piped("compare-list-piped.txt", "compare", "--list"),
          Case.piped("compare-list.json", "compare", "--list", "--json"),
          Case.piped("compare-list.md", "compare", "--list", "--format", "markdown"),
          Case.piped("orientation.txt"),
          Case.tty("orientation.ansi.txt", 80),
          Case.piped("orientation.json", "--json"),
          Case.piped("orientation.md", "--format", "markdown"),
          Case.piped("explain-transformer.txt", "explain", "transformer"),
          Case.tty("explain-transformer.ansi.txt", 80, "explain", "transformer"),
          Case.piped("explain-practitioner.txt", "explain", "--level", "practitioner", "trans"),
          Case.piped(
              "explain-all-sources.txt", "explain", "Transformers", "--level=all", "--sources"),
          Case.piped("explain-transformer.json", "explain", "transformer", "--json"),
          Case.piped(
              "explain-transformer.md",
              "explain",
              "transformer",
              "--level",
              "all",
              "--format",
              "markdown"),
          Case.piped("explain-random.txt", "explain", "--random", "--seed", "7"),
          Case.tty("explain-list.txt", 80, "explain", "--list", "--color", "never"),
          Case.piped("explain-list-piped.txt", "explain", "--list"),
          Case.piped("explain-list.json", "explain", "--list", "--json"),
          Case.piped("explain-list.md", "explain", "--list", "--format", "markdown"),
          Case.piped("search-attention.txt", "search", "attention"),
          Case.tty("search-attention.ansi.txt", 80, "search", "attention"),
          Case.piped("search-attention.json", "search", "attention", "--json"),
          Case.piped("search-attention.md", "search", "attention", "--format", "markdown"),
          Case.piped("ask-concept.txt", "ask", "how does the model know which words matter"),
          Case.tty("ask-concept.ansi.txt", 80, "ask", "how", "does", "it", "focus", "on", "words?"),
          Case.piped("ask-concept.json", "ask", "what is self attention", "--json"),
          Case.piped(
              "ask-concept.md",
              "ask",
              "what is self attention",
              "--level",
              "all",
              "--format",
              "markdown"),
          Case.piped("ask-comparison.txt", "ask", "gan vs vae"),
          Case.piped("ask-comparison.json", "ask", "difference between gan and vae", "--json"),
          Case.piped("ask-comparison.md", "ask", "gan vs vae", "--format", "markdown"),
          Case.piped("ask-placement.txt", "ask", "is", "a", "transformer", "generative?"),
          Case.piped("ask-dimension.txt", "ask", "how are these models built"),
          Case.piped(
              "ask-dimension.md", "ask", "how are these models built", "--format", "markdown"),
          Case.piped("ask-misconception.txt", "ask", "are genai and llms rival categories"),
          Case.piped(
              "ask-misconception.json", "ask", "are genai and llms rival categories", "--json"),
          Case.piped("ask-narrow.txt", "ask", "gan vs vae", "--width", "40"),
          Case.piped("explain-pair.txt", "explain", "gan", "vs", "vae"),
          Case.tty("explain-pair.ansi.txt", 90, "explain", "gan", "versus", "vae"),
          Case.piped("explain-pair.json", "explain", "gan", "vs", "vae", "--json"),
          Case.piped("explain-pair.md", "explain", "gan", "vs", "vae", "--format", "markdown"),
          Case.piped("eval-ask.txt", "eval", "src/test/resources/fixture-eval/ask.yaml"),
          Case.piped("eval-ask.json", "eval", "src/test/resources/fixture-eval/ask.yaml", "--json"),
          Case.piped(
              "eval-ask.md",
              "eval",
              "src/test/resources/fixture-eval/ask.yaml",
              "--format",
              "markdown"),
          Case.piped("sources.txt", "sources"),
          Case.piped("sources.json", "sources", "--json"),
          Case.piped("sources-by-year.txt", "sources", "--sort", "year"),
          Case.tty("sources-list.txt", 80, "sources", "--list", "--color", "never"),
          Case.piped("sources-list-piped.txt", "sources", "--list", "--sort", "key"),
          Case.piped("sources.md", "sources", "--format", "markdown"),
          Case.piped("sources-vaswani2017.txt", "sources", "vaswani2017"),
          Case.tty("sources-vaswani2017.ansi.txt", 80, "sources", "vaswani2017"),
          Case.piped("sources-vaswani2017.json", "sources", "1706.03762", "--json"),
          Case.piped("sources-vaswani2017.md", "sources", "vaswani", "--format", "markdown"),
          Case.piped(
              "quiz-report.txt",
              "quiz",
              "--seed",
              "5",
              "--count",
              "5",
              "--no-save",
              "--answers",
              "a,b,a,true,ab"),
          Case.tty(
              "quiz-report.ansi.txt",
              80,
              "quiz",
              "--seed",
              "5",
              "--count",
              "5",
              "--no-save",
              "--answers",
              "a,b,a,true,ab",
              "--pass-mark",
              "40"),
          Case.piped(
              "quiz-report.json",
              "quiz",
              "--seed",
              "5",
              "--count",
              "5",
              "--no-save",
              "--answers",
              "a,b,a,true,ab",
              "--json"),
          Case.piped(
              "quiz-report.md",
              "quiz",
              "--seed",
              "5",
              "--count",
              "5",
              "--no-save",
              "--answers",
              "a,b,a,true,ab",
              "--format",
              "markdown"),
          Case.piped("quiz-stats.txt", "quiz", "stats"),
          Case.piped("quiz-stats.json", "quiz", "stats", "--json"),
          Case.piped("help-quiz.txt", "quiz", "--help"),
          Case.piped("recommend.txt", "recommend", "summarise emails"),
          Case.tty("recommend.ansi.txt", 80, "recommend", "summarise emails", "--explain"),
          Case.piped(
              "recommend.json", "recommend", "classify emails", "--need", "low-cost", "--json"),
          Case.piped(
              "recommend.md",
              "recommend",
              "make photos from text, then summarise them",
              "--format",
              "markdown"),
          Case.piped("help-recommend.txt", "recommend", "--help"),
          Case.piped(
              "lint-broken.txt",
              "lint",
              "--content-only",
              "--content",
              "src/test/resources/broken-pack"),
          Case.piped(
              "lint-broken.json",
              "lint",
              "--content-only",
              "--content",
              "src/test/resources/broken-pack",
              "--json"),
          Case.piped(
              "lint-broken.md",
              "lint",
              "src/test/resources/broken-pack",
              "--ignore",
              "GVL016,gvl017",
              "--format",
              "markdown"),
          Case.piped("map.txt", "map"),
          Case.tty("map-100.ansi.txt", 100, "map"),
          Case.piped("map-60.txt", "map", "--width", "60"),
          Case.piped("map-narrow.txt", "map", "--width", "24"),
          Case.noLocale("map-100.ascii.txt", 100, "map", "--color", "never"),
          Case.piped("map-60.ascii.txt", "map", "--width", "60", "--ascii"),
          Case.piped("map.svg", "map", "--format", "svg"),
          Case.piped("map.md", "map", "--format", "markdown"),
          Case.piped("map.json", "map", "--json"),
          Case.piped("help-map.txt", "map", "--help"),
          Case.piped("timeline.txt", "timeline"),
          Case.tty("timeline-100.ansi.txt", 100, "timeline"),
          Case.piped("timeline-60.txt", "timeline", "--width", "60"),
          Case.tty("timeline-60.ansi.txt", 60, "timeline", "--since", "2014", "--until", "2019"),
          Case.noLocale("timeline-100.ascii.txt", 100, "timeline", "--color", "never"),
          Case.piped("timeline.svg", "timeline", "--format", "svg"),
          Case.piped("timeline.md", "timeline", "--format", "markdown"),
          Case.piped("timeline.json", "timeline", "--json", "--until", "2020"),
          Case.piped("help-timeline.txt", "timeline", "--help"),
          Case.piped("handout.html", "handout"),
          Case.piped("help-handout.txt", "handout", "--help"),
          Case.piped("help-lint.txt", "lint", "--help"),
          Case.piped("help-explain.txt", "explain", "--help"),
          Case.piped("help-search.txt", "search", "--help"),
          Case.piped("help-ask.txt", "ask", "--help"),
          Case.piped("help-eval.txt", "eval", "--help"),
          Case.piped("help-sources.txt", "sources", "--help"),
          Case.piped("help-root.txt", "--help"),
          Case.piped("help-compare.txt", "compare", "--help"),
          Case.piped("help-completion.txt", "completion", "--help"),
          Case.piped("completion.bash", "completion", "bash"),
          Case.piped("genai-vs-llm.1", "man"));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGolden(Case c) {
    CliRun run =
        CliRun.with()
            .terminal(c.terminal())
            .env("LANG", c.lang())
            .run(c.args().toArray(String[]::new));
    int expected = c.golden().startsWith("lint-broken") ? ExitCode.CONTENT : 0;
    assertEquals(expected, run.exitCode(), run::toString);
    assertEquals("", run.err(), run::toString);
    Golden.assertMatches(c.golden(), run.out());
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    Set<String> used = CASES.stream().map(Case::golden).collect(Collectors.toSet());
    assertEquals(CASES.size(), used.size(), "two cases share a golden file");
    Path dir = Golden.dir();
    Set<String> orphans = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> !used.contains(f))
          .forEach(orphans::add);
    }
    assertEquals(Set.of(), orphans, "golden files without a case in " + dir + ": delete them");
  }

  @Test
  void coloredGoldensHaveEscapesAndPlainOnesDoNot() {
    for (Case c : CASES) {
      String text = String.join("", readGolden(c.golden()));
      boolean colored = c.golden().contains(".ansi.");
      assertEquals(colored, text.contains("\u001b["), c + " colour");
    }
  }

  @Test
  void asciiGoldensAreAsciiAndAreTheOnlyOnes() {
    for (Case c : CASES) {
      String text = String.join("", readGolden(c.golden()));
      boolean ascii = c.golden().contains(".ascii.");
      if (ascii) {
        assertEquals("", text.replaceAll("[\\x00-\\x7F]", ""), c + " is not ASCII");
      }
      assertEquals(ascii, c.lang() == null || c.args().contains("--ascii"), c + " locale");
    }
  }

  private static List<String> readGolden(String name) {
    try {
      return Arrays.asList(Files.readString(Golden.dir().resolve(name)).split("\n"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
