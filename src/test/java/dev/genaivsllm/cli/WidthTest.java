package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.render.TextWrap;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No line is wider than the width asked for ({@code --width}, or the terminal's), whatever the
 * command: every command's text, in colour and in ASCII, its help, the interactive quiz and the
 * recommend wizard, at widths from the narrowest allowed to wider than help goes. Measured in
 * display columns, after taking out colour.
 */
class WidthTest {
  private static final int[] WIDTHS = {20, 24, 30, 40, 50, 59, 60, 61, 72, 80, 100, 120, 150};

  /** Every command that prints text for people. */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of(),
          List.of("compare"),
          List.of("compare", "architecture"),
          List.of("compare", "arch", "relationship"),
          List.of("compare", "--list"),
          List.of("explain", "transformer", "--level", "all", "--sources"),
          List.of("explain", "generative adversarial network"),
          List.of("explain", "--list"),
          List.of("explain", "--random", "--seed", "7"),
          List.of("search", "attention"),
          List.of("search", "model"),
          List.of("sources"),
          List.of("sources", "vaswani2017"),
          List.of("sources", "goodfellow2014"),
          List.of("recommend", "make photos from text, then summarise them", "--explain"),
          List.of("recommend", "summarise emails"),
          List.of("recommend", "classify emails", "--need", "low-cost", "--input", "text"),
          List.of("quiz", "--seed", "5", "--count", "5", "--answers", "a,b,a,true,ab"),
          List.of("quiz", "stats"),
          List.of("lint", "--content-only", "--content", "src/test/resources/broken-pack"));

  @TempDir static Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (int width : WIDTHS) {
      for (List<String> command : COMMANDS) {
        cases.add(Arguments.of(width, command));
      }
    }
    return cases.stream();
  }

  private static CliRun.Builder at(FakeTerminal terminal) {
    return CliRun.with()
        .terminal(terminal)
        .env("GENAI_VS_LLM_PROGRESS", dir.resolve("p.json").toString());
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("cases")
  void everyCommandFitsTheWidthAsked(int width, List<String> command) {
    for (List<String> extra :
        List.<List<String>>of(List.of(), List.of("--color", "always"), List.of("--ascii"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--width", String.valueOf(width)));
      args.addAll(extra);
      CliRun run = at(FakeTerminal.tty(width)).run(args.toArray(String[]::new));
      assertTrue(run.exitCode() == 0 || run.exitCode() == 4, run::toString);
      assertFits(width, run.out(), args);
    }
  }

  @ParameterizedTest(name = "help of {1} at {0} columns")
  @MethodSource("helpCases")
  void helpFitsTheTerminal(int width, List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.add("--help");
    CliRun run = at(FakeTerminal.tty(width)).run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run::toString);
    assertFits(Math.max(HelpLayout.MIN, Math.min(width, HelpLayout.MAX)), run.out(), args);
  }

  static Stream<Arguments> helpCases() {
    List<Arguments> cases = new ArrayList<>();
    for (int width : WIDTHS) {
      cases.add(Arguments.of(width, List.of()));
      for (String name : GenaiVsLlmCommand.SUBCOMMANDS.keySet()) {
        cases.add(Arguments.of(width, List.of(name)));
      }
      cases.add(Arguments.of(width, List.of("quiz", "stats")));
      cases.add(Arguments.of(width, List.of("quiz", "reset")));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "interactive quiz at {0} columns")
  @MethodSource("widths")
  void theInteractiveQuizFits(int width) {
    String typed = "?\nzz\na\nb\nq\n";
    CliRun run =
        at(FakeTerminal.interactive(width))
            .stdin(typed)
            .run("quiz", "--seed", "5", "--count", "5", "--no-save");
    assertEquals(0, run.exitCode(), run::toString);
    assertFits(width, withoutEcho(run.out(), typed), List.of("quiz"));
  }

  @ParameterizedTest(name = "recommend wizard at {0} columns")
  @MethodSource("widths")
  void theWizardFits(int width) {
    String typed = "xyzzy\nmake pictures\nsmell\nimage\n\nfast\n\n";
    CliRun run = at(FakeTerminal.interactive(width)).stdin(typed).run("recommend");
    assertEquals(0, run.exitCode(), run::toString);
    assertFits(width, withoutEcho(run.out(), typed), List.of("recommend"));
  }

  /**
   * The screen without what the person typed after each prompt: the terminal wraps their own
   * typing, which the program does not draw; the prompt itself must fit.
   */
  private static String withoutEcho(String screen, String typed) {
    List<String> lines = new ArrayList<>(List.of(screen.split("\n", -1)));
    for (String answer : typed.split("\n")) {
      if (answer.isEmpty()) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).endsWith(" " + answer)) {
          lines.set(i, lines.get(i).substring(0, lines.get(i).length() - answer.length()));
          break;
        }
      }
    }
    return String.join("\n", lines);
  }

  static Stream<Integer> widths() {
    return java.util.Arrays.stream(WIDTHS).boxed();
  }

  private static void assertFits(int width, String out, List<String> args) {
    for (String line : out.split("\n")) {
      String plain = line.replaceAll("\u001b\\[[0-9;]*m", "");
      assertTrue(
          TextWrap.width(plain) <= width,
          () ->
              String.join(" ", args)
                  + ": a line of "
                  + TextWrap.width(plain)
                  + " columns, wider than "
                  + width
                  + ":\n"
                  + plain
                  + "\n--- whole output ---\n"
                  + out);
    }
  }
}
