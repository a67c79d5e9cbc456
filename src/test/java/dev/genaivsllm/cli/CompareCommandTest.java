package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} through the real command tree, with captured stdout and stderr. */
class CompareCommandTest {
  private static final String ESC = "\u001b[";

  @TempDir Path dir;

  @Test
  void comparesADimensionByUniquePrefixOrAlias() {
    String byId = CliRun.run("compare", "architecture").out();
    assertEquals(byId, CliRun.run("compare", "arch").out());
    CliRun alias = CliRun.run("compare", "model families");
    assertEquals(0, alias.exitCode(), alias::toString);
    assertEquals(byId, alias.out());
  }

  @Test
  void severalDimensionsComeInTheOrderAskedAndOnlyOnce() {
    CliRun run = CliRun.run("compare", "data", "arch", "data");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().indexOf("Data ·") < run.out().indexOf("Architecture ·"), run::toString);
    assertEquals(run.out().indexOf("Data ·"), run.out().lastIndexOf("Data ·"));
  }

  @Test
  void unknownDimensionIsOneLineOnStderrAndNothingOnStdout() {
    CliRun run = CliRun.run("compare", "archtecture");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "genai-vs-llm: unknown dimension 'archtecture'; did you mean 'architecture'?\n", run.err());
  }

  @Test
  void aConceptGivenToCompareGetsPointedToExplain() {
    CliRun run = CliRun.run("compare", "self attention");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals(
        "genai-vs-llm: unknown dimension 'self attention'; it is a concept: try "
            + "'genai-vs-llm explain self-attention'\n",
        run.err());
  }

  @Test
  void unknownDimensionWithNoNeighbourPointsToTheList() {
    CliRun run = CliRun.run("compare", "quantum");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals(
        "genai-vs-llm: unknown dimension 'quantum' (list them with "
            + "'genai-vs-llm compare --list')\n",
        run.err());
  }

  @Test
  void usageErrorsAreOneLineWithExitCode2() {
    for (String[] args :
        new String[][] {
          {"compare", "--frmat", "json"},
          {"compare", "--format", "yaml"},
          {"compare", "--json", "--format", "markdown"},
          {"compare", "--list", "data"},
          {"compare", "--width", "5"},
          {"nonsense"}
        }) {
      CliRun run = CliRun.run(args);
      assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
      assertEquals("", run.out(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().startsWith("genai-vs-llm: "), run::toString);
    }
  }

  @Test
  void misspeltOptionGetsASuggestion() {
    assertTrue(CliRun.run("compare", "--frmat", "json").err().contains("did you mean --format?"));
  }

  @Test
  void pipedOutputHasNoEscapeCodesButATerminalGetsColour() {
    assertFalse(CliRun.run("compare", "architecture").out().contains(ESC));
    assertTrue(
        CliRun.with()
            .terminal(FakeTerminal.tty(100))
            .run("compare", "architecture")
            .out()
            .contains(ESC));
  }

  @Test
  void noColorAndDumbTerminalTurnColourOffAndAlwaysForcesIt() {
    FakeTerminal tty = FakeTerminal.tty(100);
    assertFalse(
        CliRun.with()
            .terminal(tty)
            .env("NO_COLOR", "1")
            .run("compare", "data")
            .out()
            .contains(ESC));
    assertFalse(
        CliRun.with().terminal(tty).env("TERM", "dumb").run("compare", "data").out().contains(ESC));
    assertTrue(CliRun.run("compare", "data", "--color", "always").out().contains(ESC));
    assertFalse(
        CliRun.with().terminal(tty).run("compare", "data", "--color=never").out().contains(ESC));
  }

  @Test
  void jsonIsNeverColoured() {
    assertFalse(CliRun.run("compare", "--json", "--color", "always").out().contains(ESC));
  }

  @Test
  void textFitsTheTerminalWidth() {
    for (int width : new int[] {40, 61, 80, 100, 120}) {
      String out =
          CliRun.with().terminal(FakeTerminal.tty(width)).run("compare", "--color", "never").out()
              + CliRun.with()
                  .terminal(FakeTerminal.tty(width))
                  .run("compare", "architecture", "data", "--color", "never")
                  .out();
      int w = width;
      out.lines()
          .forEach(
              line ->
                  assertTrue(
                      line.codePointCount(0, line.length()) <= w,
                      () -> "line over " + w + ": " + line));
    }
  }

  @Test
  void columnsVariableSetsTheWidthWhenPiped() {
    String out = CliRun.with().env("COLUMNS", "60").run("compare", "architecture").out();
    assertEquals(60, out.lines().filter(l -> l.startsWith("┌")).findFirst().orElseThrow().length());
  }

  @Test
  void listIsOneIdPerLineWhenPipedAndTitledOnATerminal() {
    assertEquals("relationship\narchitecture\ndata\n", CliRun.run("compare", "--list").out());
    assertTrue(
        CliRun.with()
            .terminal(FakeTerminal.tty(80))
            .run("compare", "-l")
            .out()
            .contains("Architecture · How is each one built?"));
  }

  @Test
  void brokenContentIsExitCode4WithFileLineAndColumn() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/data.yaml", "title: Data\nquestion: [oops\n");
    CliRun run = CliRun.with().pack(pack).run("compare", "data");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .matches(
                "genai-vs-llm: content error: .*/dimensions/data\\.yaml:\\d+:\\d+: "
                    + "invalid YAML: .*\n"),
        run::toString);
  }

  @Test
  void aBrokenFileNotNeededDoesNotStopTheCommand() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/data.yaml", "title: [oops\n");
    assertEquals(0, CliRun.with().pack(pack).run("compare", "architecture").exitCode());
    assertEquals(ExitCode.CONTENT, CliRun.with().pack(pack).run("compare").exitCode());
  }

  @Test
  void missingPackIsAContentError() {
    CliRun run = CliRun.with().pack(dir.resolve("nowhere")).run("compare", "data");
    assertEquals(ExitCode.CONTENT, run.exitCode());
    assertTrue(run.err().contains("content pack folder not found"), run::toString);
  }

  @Test
  void stackTraceOnlyWithVerbose() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(pack, "dimensions/data.yaml", "title: [oops\n");
    assertEquals(1, CliRun.with().pack(pack).run("compare", "data").err().lines().count());
    String verbose = CliRun.with().pack(pack).run("compare", "data", "--verbose").err();
    assertTrue(verbose.contains("\tat dev.genaivsllm."), verbose);
  }
}
