package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pack whose every text carries escape sequences (colour, window title, bell), a right-to-left
 * override and a C1 control goes through every command: none of it may reach the output raw,
 * whatever the format; only the program's own colour codes may.
 */
class TerminalSafetyTest {
  /**
   * Prepended to every plain text value of the pack, except the fixed options of "which side"
   * questions, which the quiz's template checks word for word (and ask and search read the quiz).
   */
  static final String HOSTILE = "\\e[31m\\e]0;pwned\\a\\u202E\\x85\\x7f";

  private static final Pattern OWN_COLOUR = Pattern.compile("\u001b\\[[0-9;]*m");
  private static final Pattern TEXT_FIELD =
      Pattern.compile(
          "^(\\s*(?:- )?(?:title|question|summary|text|claim|correction|definition"
              + "|beginner|practitioner|isNot|note|prompt|explanation|why|costs|description): )"
              + "(?!(?:Generative AI in general|LLMs specifically|Both)$)"
              + "([A-Za-z][^\\n\"]*)$",
          Pattern.MULTILINE);

  @TempDir static Path dir;
  static Path pack;

  @BeforeAll
  static void hostilePack() throws IOException {
    pack = Packs.copy(Packs.fixture(), dir.resolve("hostile"));
    try (Stream<Path> files = Files.walk(pack)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        String yaml = Files.readString(file);
        Matcher m = TEXT_FIELD.matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          String text = m.group(2).replace("\\", "\\\\");
          m.appendReplacement(
              out, Matcher.quoteReplacement(m.group(1) + "\"" + HOSTILE + text + "\""));
        }
        Files.writeString(file, m.appendTail(out).toString());
      }
    }
    CliRun check = CliRun.with().pack(pack).run("compare", "architecture", "--json");
    assertEquals(0, check.exitCode(), "the hostile pack must still load:\n" + check);
    assertTrue(check.out().contains("\\u001b[31m"), "the pack really carries escapes");
  }

  static final List<String> COMMANDS =
      List.of(
          "",
          "compare",
          "compare architecture",
          "compare --list",
          "explain transformer --level all",
          "explain --list",
          "explain --random --seed 1 --sources",
          "search attention",
          "ask what is attention",
          "ask gan vs vae",
          "ask are genai and llms rival categories",
          "explain gan vs vae",
          "sources",
          "sources vaswani2017",
          "quiz --seed 5 --count 5 --no-save --answers a,b,a,true,ab",
          "recommend summarise emails then make photos --explain",
          "lint --content-only --content X");

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void nothingFromThePackReachesTheTerminalRaw(String format) {
    for (String command : COMMANDS) {
      for (FakeTerminal terminal : List.of(FakeTerminal.pipe(), FakeTerminal.tty(90))) {
        String args = command.replace(" X", " " + pack) + " --format " + format;
        CliRun run =
            CliRun.with()
                .pack(pack)
                .terminal(terminal)
                .run(args.isBlank() ? new String[0] : args.strip().split("\\s+"));
        assertSafe(command + " (" + format + ")", run.out());
        assertSafe(command + " (" + format + ", stderr)", run.err());
        if (format.equals("json") && run.exitCode() == 0) {
          JsonSchemaCheck.parse(run.out());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"compare architecture", "explain gan", "search fixture definition", "ask gan"})
  void theEscapesBecomeVisibleText(String command) {
    String out = CliRun.with().pack(pack).run(command.split(" ")).out();
    assertTrue(out.contains("\\x1b[31m\\x1b]0;pwned\\x07\\u202e\\x85\\x7f"), out);
  }

  private static void assertSafe(String what, String output) {
    String withoutOwnColour = OWN_COLOUR.matcher(output).replaceAll("");
    for (int i = 0; i < withoutOwnColour.length(); i++) {
      char c = withoutOwnColour.charAt(i);
      boolean unsafe =
          (c < 0x20 && c != '\n' && c != '\t')
              || (c >= 0x7f && c <= 0x9f)
              || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069);
      if (unsafe) {
        int from = Math.max(0, i - 30);
        fail(
            what
                + ": raw character U+"
                + Integer.toHexString(c)
                + " near: "
                + withoutOwnColour.substring(from, Math.min(withoutOwnColour.length(), i + 10)));
      }
    }
  }
}
