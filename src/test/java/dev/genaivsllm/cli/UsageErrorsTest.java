package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One voice for errors: every mistake on the command line gets one line in the project's words,
 * saying what was wrong and what is accepted, with no Java or parser jargon, and every command a
 * message names does what the message says.
 */
class UsageErrorsTest {
  @TempDir Path dir;

  /** Command lines that are wrong in every way picocli or a command can find. */
  private static final List<String> MISTAKES =
      List.of(
          "quiz --count abc",
          "quiz --seed abc",
          "quiz --seed 99999999999999999999",
          "quiz --count 99999999999",
          "compare --width x",
          "search attention --limit abc",
          "frobnicate",
          "version",
          "compar",
          "versoin",
          "--versoin",
          "compare --jsn",
          "compare --format xml",
          "compare --format json --format text",
          "--colr",
          "lint a b",
          "init-pack",
          "completion fish",
          "completion",
          "quiz --difficulty extreme",
          "quiz --answers",
          "quiz --count",
          "quiz nosuch",
          "quiz stats extra",
          "quiz reset extra",
          "man extra",
          "recommend --input smell",
          "recommend --need fast",
          "search",
          "explain",
          "explain nosuch",
          "explain transfomer",
          "quiz --topic nosuch",
          "quiz --seed 5 --count 2 --answers a",
          "quiz --seed 5 --count 2 --answers a,zz",
          "compare nosuch",
          "compare --list architecture",
          "sources nosuch",
          "compare --json --format markdown",
          "compare --width 5");

  private static final Pattern JARGON =
      Pattern.compile(
          "(?i)\\b(int|long|index)\\b|positional parameter|unmatched argument|exception|"
              + "java\\.|picocli");

  private CliRun run(String line) {
    return CliRun.with()
        .env("GENAI_VS_LLM_PROGRESS", dir.resolve("p.json").toString())
        .run(line.split(" "));
  }

  @Test
  void everyMistakeIsOneLineInTheProjectsWordsWithoutJargon() {
    for (String line : MISTAKES) {
      CliRun run = run(line);
      assertTrue(run.exitCode() == 2 || run.exitCode() == 3, line + "\n" + run);
      assertEquals("", run.out(), line + "\n" + run);
      assertEquals(1, run.err().lines().count(), line + "\n" + run);
      String message = run.err().strip();
      assertTrue(message.startsWith("genai-vs-llm: "), message);
      assertFalse(JARGON.matcher(message).find(), line + " -> jargon: " + message);
      String first = message.substring("genai-vs-llm: ".length(), "genai-vs-llm: ".length() + 1);
      assertEquals(first.toLowerCase(), first, "starts in lower case: " + message);
      if (run.exitCode() == 2) {
        assertTrue(message.matches(".*\\(see 'genai-vs-llm[a-z -]* --help'\\)$"), message);
      }
    }
  }

  /** Every command a message names runs, and lists rather than starts something. */
  @Test
  void everyCommandAMessageNamesWorks() {
    Pattern quoted = Pattern.compile("'(genai-vs-llm [^']*)'");
    for (String line : MISTAKES) {
      Matcher m = quoted.matcher(run(line).err());
      while (m.find()) {
        List<String> args = new ArrayList<>(List.of(m.group(1).split(" ")));
        args.remove(0);
        CliRun named = run(String.join(" ", args));
        assertEquals(0, named.exitCode(), line + " names '" + m.group(1) + "':\n" + named);
        assertFalse(named.out().contains("Question 1/"), m.group(1) + " starts a quiz");
      }
    }
  }

  /** It said "list them with 'genai-vs-llm quiz'", which starts a quiz. */
  @Test
  void anUnknownTopicPointsAtTheLists() {
    String err = run("quiz --topic nosuch").err();
    assertTrue(
        err.contains(
            "(list them with 'genai-vs-llm compare --list' and 'genai-vs-llm explain --list')"),
        err);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "frobnicate|",
        "compar|compare",
        "versoin|--version",
        "version|--version",
        "qiz|quiz",
        "--versoin|--version",
        "--colr|--color",
        "compare --jsn|--json",
        "xyzzy|",
        "comp|compare or completion"
      })
  void onlyARealNearMissIsSuggested(String line, String suggestion) {
    String err = run(line).err();
    if (suggestion == null) {
      assertFalse(err.contains("did you mean"), err);
    } else {
      assertTrue(err.contains("; did you mean " + suggestion + "? ("), err);
    }
  }

  @Test
  void picocliErrorsSayWhatIsAccepted() {
    assertTrue(
        run("quiz --count abc").err().contains("--count takes a whole number, not 'abc'"),
        run("quiz --count abc").err());
    assertTrue(
        run("quiz --difficulty extreme")
            .err()
            .contains("--difficulty takes easy, medium or hard, not 'extreme'"));
    assertTrue(run("completion fish").err().contains("completion takes bash or zsh, not 'fish'"));
    assertTrue(run("lint a b").err().contains("'b' is one argument too many"));
    assertTrue(run("init-pack").err().contains("init-pack needs DIR"));
    String answers = run("quiz --seed 5 --count 2 --answers a").err();
    assertTrue(answers.contains("1 answer for 2 questions"), answers);
  }

  @Test
  void helpAndVersionAreNotErrors() {
    assertEquals(0, run("--help").exitCode());
    assertEquals(0, run("--version").exitCode());
    assertNotEquals(0, run("version").exitCode());
  }
}
