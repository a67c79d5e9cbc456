package dev.genaivsllm.cli;

import dev.genaivsllm.core.Answers;
import dev.genaivsllm.core.InvalidAnswerException;
import dev.genaivsllm.core.QuizPlan;
import dev.genaivsllm.core.QuizRequest;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.core.QuizService;
import dev.genaivsllm.model.Difficulty;
import dev.genaivsllm.render.Plural;
import dev.genaivsllm.render.QuizScreen;
import dev.genaivsllm.state.Leitner;
import dev.genaivsllm.state.Progress;
import dev.genaivsllm.state.ProgressStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz}: questions with feedback, reproducible by seed, remembered between runs. */
@Command(
    name = "quiz",
    mixinStandardHelpOptions = true,
    subcommands = {QuizStatsCommand.class, QuizResetCommand.class},
    description = "Test yourself: one question at a time, with the why of every answer.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm quiz                          10 questions in a terminal",
      "  genai-vs-llm quiz --review                 missed and due questions first",
      "  genai-vs-llm quiz --topic architecture --difficulty hard",
      "  genai-vs-llm quiz --count 5 --seed 7 --answers a,b,a,true,c --json | jq .score",
      "  printf 'a\\nb\\n' | genai-vs-llm quiz --count 2 --seed 7   answers from a pipe",
      "",
      "Answers: a letter (b), several letters for select-all (ac or a+c), true/false,",
      "genai/llm/both. q or Ctrl-D stops with a partial score (exit code 0), Ctrl-C too",
      "(exit code 130); every answer given is kept. Progress:",
      "$XDG_STATE_HOME/genai-vs-llm/progress.json, or $GENAI_VS_LLM_PROGRESS."
    })
public final class QuizCommand implements Callable<Integer> {
  /** Piped answers: 500 questions at most, so this leaves room for blank lines between. */
  static final int MAX_PIPED_LINES = 10_000;

  private final QuizService quiz;
  private final Environment environment;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = {"-n", "--count"},
      paramLabel = "N",
      description = "How many questions (default: ${DEFAULT-VALUE}).")
  private int count = 10;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      completionCandidates = ContentCompletions.Topics.class,
      description = "Only questions on this dimension or concept (repeatable).")
  private List<String> topics = new ArrayList<>();

  @Option(
      names = "--difficulty",
      paramLabel = "LEVEL",
      description = "Only questions of this difficulty: ${COMPLETION-CANDIDATES}.")
  private Difficulty difficulty;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Choose and order the questions with this seed, to repeat a quiz exactly.")
  private Long seed;

  @Option(names = "--review", description = "Questions you missed or that are due come first.")
  private boolean review;

  @Option(names = "--no-save", description = "Do not record this quiz in your progress.")
  private boolean noSave;

  @Option(
      names = "--answers",
      paramLabel = "LIST",
      split = ",",
      description = "Answer without asking: one answer per question, comma-separated.")
  private List<String> answers;

  @Option(
      names = "--pass-mark",
      paramLabel = "PERCENT",
      description = "Exit with code 5 when the score is below this percentage.")
  private Integer passMark;

  public QuizCommand(QuizService quiz, Environment environment) {
    this.quiz = quiz;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    validate();
    LocalDate today = LocalDate.now(environment.clock());
    ProgressStore store = ProgressStore.forUser(environment.env(), environment.clock());
    Progress progress = store.read();
    QuizRequest request = new QuizRequest(count, topics, Optional.ofNullable(difficulty), review);
    QuizPlan plan =
        quiz.plan(request, seed != null ? seed : environment.seeds().getAsLong(), progress, today);
    OptionalInt mark = passMark == null ? OptionalInt.empty() : OptionalInt.of(passMark);
    QuizResult result;
    if (answers == null && environment.terminal().stdinIsTerminal()) {
      output.requireText("an interactive quiz; give --answers or pipe the answers in for JSON");
      warn(store);
      QuizScreen screen = new QuizScreen(output.context());
      result =
          new QuizSession(
                  screen,
                  new BoundedLines(environment.in(), Answers.MAX_LENGTH),
                  spec.commandLine().getOut(),
                  g -> save(store, List.of(g), today),
                  !noSave,
                  environment.interrupts())
              .run(plan, request, mark);
    } else {
      List<String> given = answers != null ? answers : readAnswers(plan.items().size());
      List<QuizResult.Graded> graded = grade(plan, given);
      result = new QuizResult(plan.pack(), plan.seed(), request, graded, graded.size(), true, mark);
      save(store, graded, today);
      QuizResult report = result;
      output.print(r -> r.quizResult(report));
    }
    warn(store);
    return result.passed() ? ExitCode.OK : ExitCode.BELOW_PASS_MARK;
  }

  private void validate() {
    if (count < 1 || count > 500) {
      throw new UsageException("--count must be between 1 and 500, not " + count);
    }
    if (passMark != null && (passMark < 0 || passMark > 100)) {
      throw new UsageException("--pass-mark is a percentage from 0 to 100, not " + passMark);
    }
    if (seed != null && seed < 0) {
      throw new UsageException("--seed must not be negative");
    }
  }

  /** Every answer checked before anything is scored, so a typo never costs a point. */
  private static List<QuizResult.Graded> grade(QuizPlan plan, List<String> given) {
    int questions = plan.items().size();
    if (given.size() != questions) {
      throw new UsageException(
          Plural.of(given.size(), "answer")
              + " for "
              + Plural.of(questions, "question")
              + "; give one answer per question");
    }
    List<QuizResult.Graded> graded = new ArrayList<>();
    for (int i = 0; i < questions; i++) {
      QuizPlan.Item item = plan.items().get(i);
      try {
        var chosen = Answers.parse(item, given.get(i));
        graded.add(new QuizResult.Graded(item, chosen, Answers.isCorrect(item, chosen)));
      } catch (InvalidAnswerException e) {
        throw new UsageException("answer " + (i + 1) + ": " + e.getMessage());
      }
    }
    return graded;
  }

  /**
   * One answer per non-blank line of a piped stdin, read within bounds: {@code yes a | quiz} stops
   * at the first answer too many, a line with no end at its bound, and blank lines at {@link
   * #MAX_PIPED_LINES}.
   */
  private List<String> readAnswers(int questions) {
    List<String> lines = new ArrayList<>();
    BoundedLines in = new BoundedLines(environment.in(), Answers.MAX_LENGTH);
    int read = 0;
    for (String line = next(in, read + 1); line != null; line = next(in, read + 1)) {
      if (++read > MAX_PIPED_LINES) {
        throw new UsageException(
            "more than " + MAX_PIPED_LINES + " lines on standard input; pipe one answer a line");
      }
      if (!line.isBlank()) {
        lines.add(line);
        if (lines.size() > questions) {
          throw new UsageException(
              "more than "
                  + questions
                  + " answers for "
                  + questions
                  + " questions; give one answer per question");
        }
      }
    }
    if (lines.isEmpty()) {
      throw new UsageException(
          "no answers: in a terminal the quiz asks; otherwise give --answers or pipe "
              + Plural.of(questions, "answer")
              + " in, one per line");
    }
    return lines;
  }

  private static String next(BoundedLines in, int number) {
    try {
      return in.next();
    } catch (BoundedLines.TooLongException e) {
      throw new UsageException(
          "line "
              + number
              + " of standard input is over "
              + Answers.MAX_LENGTH
              + " characters, so it is no answer; pipe one answer a line");
    }
  }

  private void save(ProgressStore store, List<QuizResult.Graded> graded, LocalDate today) {
    if (noSave || graded.isEmpty()) {
      return;
    }
    store.update(
        p -> {
          Progress next = p;
          for (QuizResult.Graded g : graded) {
            String id = g.item().question().id();
            next = next.with(id, Leitner.answer(next.entry(id).orElse(null), g.correct(), today));
          }
          return next;
        });
  }

  private void warn(ProgressStore store) {
    store.takeWarnings().forEach(w -> ErrorHandler.warn(spec.commandLine().getErr(), w));
  }
}
