package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Output follows the locale's charset: where it is not UTF-8 (LC_ALL=C, no LANG at all) every
 * border, bullet, tick and separator is drawn in ASCII, so a pager or terminal never shows the
 * bytes as {@code <E2><94><80>}; {@code --ascii} asks for the same anywhere.
 */
class LocaleTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "LC_ALL={0} LC_CTYPE={1} LANG={2} -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-, -, -, false",
        "-, -, C, false",
        "-, -, POSIX, false",
        "-, -, en_US.UTF-8, true",
        "-, -, en_US.utf8, true",
        "-, -, C.UTF-8, true",
        "-, -, de_DE.UTF-8@euro, true",
        "-, -, de_DE.ISO-8859-1, false",
        "-, UTF-8, -, true",
        "C, -, en_US.UTF-8, false",
        "C, en_US.UTF-8, en_US.UTF-8, false",
        "-, C, en_US.UTF-8, false",
        "-, en_US.UTF-8, C, true",
        "'', -, en_US.UTF-8, true",
        "en_GB.UTF-8, C, C, true"
      })
  void theFirstOfLcAllLcCtypeAndLangThatIsSetAndNotEmptyDecides(
      String lcAll, String lcCtype, String lang, boolean utf8) {
    Environment env =
        CliRun.with().env("LC_ALL", lcAll).env("LC_CTYPE", lcCtype).env("LANG", lang).environment();
    assertEquals(utf8, env.utf8Locale());
  }

  /** Every command that draws text, in text and markdown. */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of(),
          List.of("compare"),
          List.of("compare", "--width", "50"),
          List.of("compare", "architecture"),
          List.of("compare", "architecture", "--width", "40"),
          List.of("compare", "--list"),
          List.of("explain", "transformer", "--level", "all", "--sources"),
          List.of("explain", "--list"),
          List.of("search", "attention"),
          List.of("sources"),
          List.of("sources", "vaswani2017"),
          List.of("recommend", "make photos from text, then summarise them", "--explain"),
          List.of("quiz", "--seed", "5", "--count", "5", "--answers", "a,b,a,true,ab"),
          List.of("quiz", "stats"),
          List.of("lint", "--content-only", "--content", "src/test/resources/broken-pack"),
          List.of("compare", "architecture", "--format", "markdown"),
          List.of(
              "quiz",
              "--seed",
              "5",
              "--count",
              "5",
              "--answers",
              "a,b,a,true,ab",
              "--format",
              "markdown"),
          List.of(
              "recommend", "make photos from text, then summarise them", "--format", "markdown"));

  private List<CliRun> everyCommand(CliRun.Builder builder, String... extra) {
    List<CliRun> runs = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of(extra));
      runs.add(
          builder
              .env("GENAI_VS_LLM_PROGRESS", dir.resolve("p.json").toString())
              .run(args.toArray(String[]::new)));
    }
    return runs;
  }

  private static void assertAscii(CliRun run) {
    assertEquals("", run.out().replaceAll("[\\x00-\\x7F]", ""), run::toString);
    assertTrue(run.out().length() > 0, run::toString);
  }

  @Test
  void inACLocaleEveryCommandDrawsInAscii() {
    for (CliRun run :
        everyCommand(CliRun.with().terminal(FakeTerminal.tty(100)).env("LC_ALL", "C"))) {
      assertAscii(run);
    }
  }

  @Test
  void withNoLocaleAtAllToo() {
    for (CliRun run : everyCommand(CliRun.with().env("LANG", null))) {
      assertAscii(run);
    }
  }

  @Test
  void asciiForcesItInAUtf8Locale() {
    for (CliRun run : everyCommand(CliRun.with().terminal(FakeTerminal.tty(80)), "--ascii")) {
      assertAscii(run);
    }
  }

  @Test
  void aUtf8LocaleKeepsTheBoxDrawing() {
    CliRun run = CliRun.with().env("LANG", "en_US.UTF-8").run("compare", "architecture");
    assertTrue(run.out().contains("┌"), run::toString);
    assertTrue(run.out().contains("•"), run::toString);
  }

  @Test
  void theInteractiveQuizDrawsInAsciiToo() {
    CliRun run =
        CliRun.with()
            .env("LC_ALL", "C")
            .terminal(FakeTerminal.interactive(80))
            .stdin("a\nb\n")
            .run("quiz", "--seed", "5", "--count", "2", "--no-save");
    assertEquals(0, run.exitCode(), run::toString);
    assertAscii(run);
  }

  @Test
  void thePagerIsToldTheCharsetOfTheText() {
    List<Charset> told = new ArrayList<>();
    Pager pager =
        (command, text, charset) -> {
          told.add(charset);
          assertTrue(charset.newEncoder().canEncode(text), text);
          return true;
        };
    CliRun.Builder screen = CliRun.with().terminal(FakeTerminal.screen(100, 5)).pager(pager);
    screen.env("LC_ALL", "C").run("compare", "architecture");
    screen.env("LC_ALL", null).env("LANG", "en_US.UTF-8").run("compare", "architecture");
    assertEquals(List.of(StandardCharsets.US_ASCII, StandardCharsets.UTF_8), told);
  }

  @Test
  void jsonStaysUtf8WhateverTheLocale() {
    String utf8 = CliRun.run("sources", "--json").out();
    String c = CliRun.with().env("LC_ALL", "C").run("sources", "--json").out();
    assertEquals(utf8, c);
  }
}
