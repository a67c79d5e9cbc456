package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import dev.genaivsllm.testing.JsonSchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz} through the real command tree: answers given, piped and typed. */
class QuizCommandTest {
  @TempDir Path dir;

  /** Seed 5 over the fixture bank asks, in order: single, which, single, truefalse, multi. */
  private static final String[] QUIZ = {"quiz", "--count", "5", "--seed", "5"};

  private CliRun.Builder quiz() {
    return CliRun.with()
        .env("GENAI_VS_LLM_PROGRESS", dir.resolve("p.json").toString())
        .env("NO_COLOR", "1");
  }

  private String[] with(String... more) {
    String[] all = new String[QUIZ.length + more.length];
    System.arraycopy(QUIZ, 0, all, 0, QUIZ.length);
    System.arraycopy(more, 0, all, QUIZ.length, more.length);
    return all;
  }

  private JsonNode report(CliRun run) {
    assertEquals(0, run.exitCode(), run::toString);
    return JsonSchemaCheck.parse(run.out());
  }

  /** The right answers of this quiz, read from its own report. */
  private String rightAnswers() {
    JsonNode doc = report(quiz().run(with("--answers", "a,a,a,a,a", "--json", "--no-save")));
    StringBuilder answers = new StringBuilder();
    for (JsonNode q : doc.get("questions")) {
      StringBuilder letters = new StringBuilder();
      q.get("answer").forEach(l -> letters.append(l.asText()));
      answers.append(answers.length() == 0 ? "" : ",").append(letters);
    }
    return answers.toString();
  }

  @Test
  void answersModeScoresAndReportsEveryQuestion() {
    JsonNode doc = report(quiz().run(with("--answers", rightAnswers(), "--json")));
    assertEquals("quiz-result", doc.get("kind").asText());
    assertEquals(5, doc.get("seed").asLong());
    assertEquals(5, doc.get("score").asInt());
    assertEquals(5, doc.get("total").asInt());
    assertEquals(100, doc.get("percent").asInt());
    assertEquals("genai-vs-llm quiz --seed 5 --count 5", doc.get("repeat").asText());
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    assertEquals(
        quiz().run(with("--answers", "a,b,a,true,ab", "--json", "--no-save")).out(),
        quiz().run(with("--answers", "a,b,a,true,ab", "--json", "--no-save")).out());
  }

  @Test
  void anInvalidAnswerIsAUsageErrorBeforeAnythingIsScoredOrSaved() {
    CliRun run = quiz().run(with("--answers", "a,b,zz,true,ab"));
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("genai-vs-llm: answer 3: 'zz' is not an answer"), run.err());
    assertFalse(Files.exists(dir.resolve("p.json")), "nothing saved");
  }

  @Test
  void theNumberOfAnswersMustMatch() {
    CliRun run = quiz().run(with("--answers", "a,b"));
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals(
        "genai-vs-llm: 2 answers for 5 questions; give one answer per question "
            + "(see 'genai-vs-llm quiz --help')\n",
        run.err());
  }

  @Test
  void answersCanBePipedOneLinePerQuestion() {
    String piped = rightAnswers().replace(',', '\n') + "\n";
    JsonNode doc = report(quiz().stdin(piped).run(with("--json")));
    assertEquals(5, doc.get("score").asInt());
  }

  @Test
  void progressIsRecordedAndStatsShowIt() throws IOException {
    quiz().run(with("--answers", "a,b,a,true,ab"));
    assertTrue(Files.readString(dir.resolve("p.json")).contains("\"kind\": \"quiz-progress\""));
    JsonNode stats = report(quiz().run("quiz", "stats", "--json"));
    assertEquals("quiz-stats", stats.get("kind").asText());
    assertEquals(7, stats.get("total").asInt());
    assertEquals(2, stats.get("unseen").asInt());
  }

  @Test
  void noSaveLeavesProgressAlone() {
    quiz().run(with("--answers", "a,b,a,true,ab", "--no-save"));
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  void passMarkSetsTheExitCode() {
    assertEquals(0, quiz().run(with("--answers", rightAnswers(), "--pass-mark", "100")).exitCode());
    CliRun below = quiz().run(with("--answers", "a,a,a,a,a", "--pass-mark", "100"));
    assertEquals(ExitCode.BELOW_PASS_MARK, below.exitCode(), below::toString);
    assertTrue(below.out().contains("pass mark 100% not reached"), below.out());
  }

  @Test
  void interactiveQuizAsksAgainHelpsAndGivesFeedback() {
    String typed = "?\nzz\n" + rightAnswers().replace(',', '\n') + "\n";
    CliRun run =
        quiz().terminal(FakeTerminal.interactive(80)).stdin(typed).run(with("--color", "never"));
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Question 1/5"), run.out());
    assertTrue(run.out().contains("Case and spaces do not matter"), "help shown");
    assertTrue(run.out().contains("'zz' is not an answer to this question"), "asked again");
    assertEquals(5, run.out().split("✓ Right.", -1).length - 1, run.out());
    assertTrue(run.out().contains("5/5, 5 correct"), run.out());
    assertTrue(run.out().contains("Score: 5/5 (100%)"), run.out());
  }

  @Test
  void quittingOrEndOfInputGivesAPartialScoreAndKeepsWhatWasAnswered() throws IOException {
    String first = rightAnswers().split(",")[0];
    CliRun quit = quiz().terminal(FakeTerminal.interactive(80)).stdin(first + "\nq\n").run(QUIZ);
    assertEquals(0, quit.exitCode(), quit::toString);
    assertTrue(
        quit.out()
            .contains(
                "Stopped: 1/5 answered · 1/1 right (100%) · 1/5 overall (20%)"
                    + " · 1 answer saved"),
        quit.out());
    CliRun eof = quiz().terminal(FakeTerminal.interactive(80)).stdin("").run(QUIZ);
    assertEquals(0, eof.exitCode(), eof::toString);
    assertTrue(eof.out().contains("> \n\nStopped: 0/5 answered · nothing to save\n"), eof.out());
    assertEquals(
        1, JsonSchemaCheck.parse(Files.readString(dir.resolve("p.json"))).get("questions").size());
  }

  /** One right answer and one wrong one, typed at the first two questions. */
  private String oneRightOneWrong() {
    String[] right = rightAnswers().split(",");
    String wrong = right[1].equals("a") ? "b" : "a";
    return right[0] + "\n" + wrong + "\n";
  }

  /** Stopping after two of five with one right was reported as "1/5 (20%)", as if failed. */
  @Test
  void ctrlDAfterTwoOfFiveReportsTwoOfFiveAnsweredOnAFreshLine() throws IOException {
    CliRun run = quiz().terminal(FakeTerminal.interactive(80)).stdin(oneRightOneWrong()).run(QUIZ);
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(
        run.out()
            .contains(
                "> \n\nStopped: 2/5 answered · 1/2 right (50%) · 1/5 overall (20%)"
                    + " · 2 answers saved\n"),
        run.out());
    assertTrue(run.out().contains("Missed questions come back first with"), run.out());
    assertEquals(
        2, JsonSchemaCheck.parse(Files.readString(dir.resolve("p.json"))).get("questions").size());
  }

  @Test
  void ctrlCEndsOnAFreshLineWithTheSummaryAndKeepsTheAnswers() throws IOException {
    CliRun run =
        quiz()
            .terminal(FakeTerminal.interactive(80))
            .stdin(oneRightOneWrong())
            .ctrlCAfterInput()
            .run(QUIZ);
    assertEquals(130, run.exitCode(), run::toString);
    assertTrue(
        run.out()
            .endsWith(
                "> ^C\nStopped: 2/5 answered · 1/2 right (50%) · 1/5 overall (20%)"
                    + " · 2 answers saved\n"),
        run.out());
    assertEquals("", run.err(), run::toString);
    assertEquals(
        2, JsonSchemaCheck.parse(Files.readString(dir.resolve("p.json"))).get("questions").size());
  }

  @Test
  void ctrlCBeforeAnyAnswerSaysSo() {
    CliRun run = quiz().terminal(FakeTerminal.interactive(80)).ctrlCAfterInput().run(QUIZ);
    assertEquals(130, run.exitCode(), run::toString);
    assertTrue(run.out().endsWith("> ^C\nStopped: 0/5 answered · nothing to save\n"), run.out());
  }

  @Test
  void withNoSaveNothingIsSavedAndReviewIsNotAdvised() {
    CliRun stopped =
        quiz()
            .terminal(FakeTerminal.interactive(80))
            .stdin(oneRightOneWrong())
            .run(with("--no-save"));
    assertTrue(stopped.out().contains("· nothing saved"), stopped.out());
    assertFalse(stopped.out().contains("--review"), stopped.out());
    CliRun interrupted =
        quiz()
            .terminal(FakeTerminal.interactive(80))
            .stdin(oneRightOneWrong())
            .ctrlCAfterInput()
            .run(with("--no-save"));
    assertTrue(interrupted.out().endsWith("· nothing saved\n"), interrupted.out());
    String[] answers = rightAnswers().split(",");
    answers[0] = answers[0].equals("a") ? "b" : "a";
    CliRun finished =
        quiz()
            .terminal(FakeTerminal.interactive(80))
            .stdin(String.join("\n", answers) + "\n")
            .run(with("--no-save"));
    assertTrue(finished.out().contains("Missed:"), finished.out());
    assertTrue(finished.out().contains("Score: "), finished.out());
    assertFalse(finished.out().contains("--review"), finished.out());
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  /**
   * The dimension rows added up to more than the questions there are, without saying why: a
   * question can test several dimensions.
   */
  @Test
  void statsSayWhyTheDimensionRowsAddUpToMoreThanTheTotal() {
    CliRun.Builder real = quiz().pack(dev.genaivsllm.testing.Packs.real());
    JsonNode stats = JsonSchemaCheck.parse(real.run("quiz", "stats", "--json").out());
    int total = stats.get("total").asInt();
    int counted = 0;
    for (JsonNode row : stats.get("byDimension")) {
      counted += row.get("questions").asInt();
    }
    assertTrue(counted > total, "the bundled pack has questions on several dimensions");
    String text = real.run("quiz", "stats", "--width", "200").out();
    assertTrue(
        text.contains(
            "A question can test more than one dimension, so these rows count "
                + counted
                + " questions where there are "
                + total
                + "."),
        text);
    String fixture = quiz().run("quiz", "stats").out();
    assertFalse(fixture.contains("more than one dimension"), "said only when it happens");
  }

  /** The headings sat two columns left of their values. */
  @Test
  void statsHeadingsSitOverTheirColumns() {
    String text = quiz().run("quiz", "stats").out();
    List<String> lines = text.lines().toList();
    int heading =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("By dimension")).findFirst().orElseThrow());
    String head = lines.get(heading);
    String row = lines.get(heading + 1);
    assertEquals(head.indexOf("seen") + "seen".length(), row.indexOf("0/2") + "0/2".length(), text);
    assertEquals(head.indexOf("accuracy"), row.indexOf("-"), text);
  }

  @Test
  void resetEndsOnAFreshLineWhateverTheWayOut() {
    CliRun eof = quiz().terminal(FakeTerminal.interactive(80)).run("quiz", "reset");
    assertEquals(0, eof.exitCode(), eof::toString);
    assertTrue(eof.out().endsWith("[y/N] \nNothing changed.\n"), eof.out());
    CliRun ctrlC =
        quiz().terminal(FakeTerminal.interactive(80)).ctrlCAfterInput().run("quiz", "reset");
    assertEquals(130, ctrlC.exitCode(), ctrlC::toString);
    assertTrue(ctrlC.out().endsWith("[y/N] ^C\nNothing changed.\n"), ctrlC.out());
  }

  @Test
  void oneQuestionIsOneQuestion() {
    CliRun run =
        quiz()
            .terminal(FakeTerminal.interactive(80))
            .stdin("q\n")
            .run("quiz", "--count", "1", "--seed", "5");
    assertTrue(run.out().contains("Quiz · 1 question · seed 5"), run.out());
  }

  @Test
  void wrongAnswersAreExplainedWithTheWhyOfTheChosenOption() {
    CliRun run =
        quiz().terminal(FakeTerminal.interactive(80)).stdin("b\nq\n").run(with("--color", "never"));
    String answer = rightAnswers().split(",")[0];
    if (!answer.equals("b")) {
      assertTrue(run.out().contains("✗ Not quite."), run.out());
      assertTrue(run.out().contains("The answer: " + answer + ")"), run.out());
    }
  }

  @Test
  void interactiveJsonIsRefused() {
    CliRun run = quiz().terminal(FakeTerminal.interactive(80)).run(with("--json"));
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
  }

  @Test
  void aCorruptProgressFileIsSetAsideWithOneWarning() throws IOException {
    Files.writeString(dir.resolve("p.json"), "not json at all");
    CliRun run = quiz().run(with("--answers", "a,b,a,true,ab"));
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("genai-vs-llm: warning: progress file "), run.err());
    try (var files = Files.list(dir)) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("p.json.unreadable-")));
    }
  }

  @Test
  void aProgressPathThatIsNotARegularFileStopsEveryQuizCommandWithExitCode6() throws Exception {
    Path fifo = dir.resolve("p.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    for (String[] args :
        List.of(
            new String[] {"quiz", "stats"},
            with("--answers", "a,b,a,true,ab"),
            new String[] {"quiz", "reset", "--yes"})) {
      CliRun run =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> quiz().run(args), "no hang");
      assertEquals(ExitCode.UNSAFE_FILE, run.exitCode(), run::toString);
      assertEquals("", run.out());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().contains("not a regular file"), run.err());
    }
    assertFalse(Files.isRegularFile(fifo));
  }

  @Test
  void statsNeverWriteEvenWhenTheFileIsCorrupt() throws IOException {
    Files.writeString(dir.resolve("p.json"), "not json at all");
    CliRun run = quiz().run("quiz", "stats");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("cannot be read"), run.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of("p.json"), files.map(f -> f.getFileName().toString()).toList());
    }
    assertEquals("not json at all", Files.readString(dir.resolve("p.json")));
  }

  @Test
  void resetNeedsConfirmationOrYes() throws IOException {
    quiz().run(with("--answers", "a,b,a,true,ab"));
    assertEquals(ExitCode.USAGE, quiz().run("quiz", "reset").exitCode());
    CliRun no = quiz().terminal(FakeTerminal.interactive(80)).stdin("n\n").run("quiz", "reset");
    assertTrue(no.out().contains("Nothing changed."), no.out());
    assertEquals(
        5, JsonSchemaCheck.parse(Files.readString(dir.resolve("p.json"))).get("questions").size());
    CliRun yes = quiz().run("quiz", "reset", "--yes");
    assertEquals(0, yes.exitCode(), yes::toString);
    assertEquals(
        0, JsonSchemaCheck.parse(Files.readString(dir.resolve("p.json"))).get("questions").size());
  }

  /** Without an absolute HOME (nor XDG_STATE_HOME) every quiz command runs, saying once why. */
  @Test
  void withoutAHomeEveryQuizCommandRunsAndSaysProgressIsNotKept() {
    String warning = "genai-vs-llm: warning: quiz progress is not kept: HOME is not set";
    for (String home : List.of("", "relative/home")) {
      CliRun.Builder nowhere = CliRun.with().env("HOME", home);
      CliRun quiz = nowhere.run(with("--answers", "a,b,a,true,ab"));
      assertEquals(0, quiz.exitCode(), quiz::toString);
      assertEquals(1, quiz.err().lines().count(), quiz::toString);
      assertTrue(quiz.err().startsWith(warning), quiz::toString);

      CliRun stats = nowhere.run("quiz", "stats");
      assertEquals(0, stats.exitCode(), stats::toString);
      assertTrue(stats.out().startsWith("Quiz progress · not kept\n"), stats::toString);
      assertTrue(stats.err().startsWith(warning), stats::toString);

      CliRun reset = nowhere.run("quiz", "reset", "--yes");
      assertEquals(0, reset.exitCode(), reset::toString);
      assertEquals("Nothing to forget.\n", reset.out(), reset::toString);
      assertTrue(reset.err().startsWith(warning), reset::toString);
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (String[] args :
        new String[][] {
          {"quiz", "--count", "0"},
          {"quiz", "--pass-mark", "101"},
          {"quiz", "--difficulty", "x"},
          {"quiz", "--seed", "-1"}
        }) {
      CliRun run = quiz().run(args);
      assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
    }
    assertEquals(ExitCode.NOT_FOUND, quiz().run("quiz", "--topic", "quantum").exitCode());
  }
}
