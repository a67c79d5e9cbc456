package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input is read within bounds (issue 15, item 5): piped answers that never end grew the heap to an
 * OutOfMemoryError, a 130 kB unknown id took 15 s in "did you mean", a 100 kB goal 7-12 s, and
 * {@code @/dev/zero} never returned. Each now ends at once, in one line. (The time limits here are
 * only there so that the old behaviour fails instead of hanging the build.)
 */
class BoundedInputTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(20);

  @TempDir Path dir;

  private static CliRun promptly(Supplier<CliRun> run) {
    return assertTimeoutPreemptively(PROMPTLY, run::get);
  }

  private static void oneLine(CliRun r, int code, String start) {
    assertEquals(code, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().startsWith("genai-vs-llm: " + start), r::toString);
    assertTrue(r.err().length() < 300, "a message of " + r.err().length() + " characters");
  }

  private static String repeat(String text, int length) {
    return text.repeat(length / text.length() + 1).substring(0, length);
  }

  private CliRun.Builder quiz() {
    return CliRun.with().env("GENAI_VS_LLM_PROGRESS", dir.resolve("p.json").toString());
  }

  @Test
  void answersPipedForEverStopAtTheFirstOneTooMany() {
    CliRun r =
        promptly(() -> quiz().stdinForEver("a\n").run("quiz", "--count", "3", "--seed", "1"));
    oneLine(r, ExitCode.USAGE, "more than 3 answers for 3 questions");
  }

  @Test
  void aPipedLineWithoutEndStopsAtItsBound() {
    CliRun r = promptly(() -> quiz().stdinForEver("a").run("quiz", "--count", "3", "--seed", "1"));
    oneLine(r, ExitCode.USAGE, "line 1 of standard input is over 100 characters");
  }

  @Test
  void blankLinesForEverStop() {
    CliRun r = promptly(() -> quiz().stdinForEver("\n").run("quiz", "--count", "3", "--seed", "1"));
    oneLine(r, ExitCode.USAGE, "more than 10000 lines on standard input");
  }

  @Test
  void anInteractiveAnswerTooLongIsAskedAgain() {
    CliRun r =
        promptly(
            () ->
                quiz()
                    .terminal(FakeTerminal.interactive(80))
                    .stdin(repeat("a", 5000) + "\nq\n")
                    .run("quiz", "--count", "2", "--seed", "1"));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("over 100 characters: not an answer"), r::toString);
  }

  @Test
  void aVeryLongNameIsRefusedWithoutDidYouMean() {
    String name = repeat("transformer ", 130_000);
    for (String command : new String[] {"explain", "compare", "sources"}) {
      CliRun r = promptly(() -> CliRun.run(command, name));
      oneLine(r, ExitCode.NOT_FOUND, "unknown ");
      assertTrue(r.err().contains("(130000 characters); names are at most 100"), r::toString);
    }
    CliRun topic = promptly(() -> quiz().run("quiz", "--topic", name, "--answers", "a"));
    oneLine(topic, ExitCode.NOT_FOUND, "unknown ");
  }

  @Test
  void aVeryLongGoalOrQueryIsRefused() {
    String words = repeat("summarise my emails ", 100_000);
    oneLine(
        promptly(() -> CliRun.run("recommend", words)),
        ExitCode.USAGE,
        "a goal is at most 1000 characters, and this one has 100000");
    oneLine(
        promptly(() -> CliRun.run("search", words)),
        ExitCode.USAGE,
        "search words are at most 500 characters in all, and these have 100000");
  }

  @Test
  void aVeryLongAnswerIsNoAnswer() {
    CliRun r = promptly(() -> quiz().run("quiz", "--count", "1", "--answers", repeat("1", 50_000)));
    oneLine(r, ExitCode.USAGE, "answer 1: an answer of 50000 characters is not an answer");
    CliRun digits = quiz().run("quiz", "--count", "1", "--seed", "1", "--answers", "99999999999");
    oneLine(digits, ExitCode.USAGE, "answer 1: '99999999999' is not an answer");
  }

  /** picocli read @FILE into arguments, whole: @/dev/zero never returned. */
  @Test
  void anArgumentStartingWithAtIsTakenAsTyped() throws Exception {
    Path file = Files.writeString(dir.resolve("args"), "compare\n");
    oneLine(
        promptly(() -> CliRun.run("@" + file)), ExitCode.USAGE, "unknown command '@" + file + "'");
    oneLine(
        promptly(() -> CliRun.run("@/dev/zero")), ExitCode.USAGE, "unknown command '@/dev/zero'");
  }
}
