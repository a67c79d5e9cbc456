package dev.genaivsllm.cli;

import dev.genaivsllm.core.Answers;
import dev.genaivsllm.core.InvalidAnswerException;
import dev.genaivsllm.core.QuizPlan;
import dev.genaivsllm.core.QuizRequest;
import dev.genaivsllm.core.QuizResult;
import dev.genaivsllm.render.QuizScreen;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An interactive quiz: asks each question, reads an answer line, gives feedback at once. Invalid
 * answers are asked again; {@code ?} shows help; {@code q} or end of input (Ctrl-D) stop with a
 * partial score. Each answer is handed to {@code onAnswer} as soon as it is graded, so an
 * interrupted quiz keeps everything answered before; Ctrl-C ends the program, but on a fresh line
 * that says how far the quiz got and what was saved.
 */
final class QuizSession {
  private final QuizScreen screen;
  private final BoundedLines in;
  private final PrintWriter out;
  private final Consumer<QuizResult.Graded> onAnswer;
  private final boolean saving;
  private final Interrupts interrupts;

  /**
   * @param saving whether {@code onAnswer} records answers (not with --no-save), for the summary
   */
  QuizSession(
      QuizScreen screen,
      BoundedLines in,
      PrintWriter out,
      Consumer<QuizResult.Graded> onAnswer,
      boolean saving,
      Interrupts interrupts) {
    this.screen = screen;
    this.in = in;
    this.out = out;
    this.onAnswer = onAnswer;
    this.saving = saving;
    this.interrupts = interrupts;
  }

  QuizResult run(QuizPlan plan, QuizRequest request, OptionalInt passMark) {
    List<QuizResult.Graded> graded = new ArrayList<>();
    int total = plan.items().size();
    // What Ctrl-C says, kept current after every saved answer: the hook runs on another thread,
    // while this one may be blocked reading, and must not see a half-updated list.
    AtomicReference<String> lastWords =
        new AtomicReference<>(stopLine(plan, request, graded, passMark));
    Interrupts.Registration lastWordsOnCtrlC =
        interrupts.onInterrupt(() -> sayLastWords(lastWords.get()));
    try {
      show(screen.header(plan));
      boolean finished = true;
      for (QuizPlan.Item item : plan.items()) {
        show(screen.question(item, graded.size() + 1, total));
        Set<Integer> chosen = ask(item);
        if (chosen == null) {
          finished = false;
          break;
        }
        QuizResult.Graded g = new QuizResult.Graded(item, chosen, Answers.isCorrect(item, chosen));
        graded.add(g);
        onAnswer.accept(g);
        lastWords.set(stopLine(plan, request, graded, passMark));
        show(screen.feedback(g));
        show(
            screen.progress(
                graded.size(), total, (int) graded.stream().filter(x -> x.correct()).count()));
      }
      QuizResult result =
          new QuizResult(plan.pack(), plan.seed(), request, graded, total, finished, passMark);
      show(screen.summary(result, saving));
      return result;
    } finally {
      lastWordsOnCtrlC.close();
    }
  }

  private String stopLine(
      QuizPlan plan, QuizRequest request, List<QuizResult.Graded> graded, OptionalInt passMark) {
    QuizResult sofar =
        new QuizResult(
            plan.pack(), plan.seed(), request, graded, plan.items().size(), false, passMark);
    return screen.stopped(sofar, saving);
  }

  /** On Ctrl-C: a fresh line (the terminal has echoed ^C after the prompt), then the summary. */
  private void sayLastWords(String line) {
    out.print("\n" + line);
    out.flush();
  }

  /** The positions chosen, or null when the learner stops. */
  private Set<Integer> ask(QuizPlan.Item item) {
    while (true) {
      show(screen.prompt());
      String line = readLine();
      if (line == null) {
        // Ctrl-D at an empty prompt: the terminal printed nothing, so end its line here.
        show("\n");
        return null;
      }
      String typed = line.strip().toLowerCase(Locale.ROOT);
      if (typed.equals("q") || typed.equals("quit") || typed.equals("exit")) {
        return null;
      }
      if (typed.equals("?") || typed.equals("help") || typed.equals("h")) {
        show(screen.help(item));
        continue;
      }
      if (typed.isEmpty()) {
        continue;
      }
      try {
        return Answers.parse(item, line);
      } catch (InvalidAnswerException e) {
        show(screen.invalid(e.getMessage()));
      }
    }
  }

  /** The next line; one too long to be an answer is passed over, with a word on why. */
  private String readLine() {
    while (true) {
      try {
        return in.next();
      } catch (BoundedLines.TooLongException e) {
        show(screen.invalid("that is over " + Answers.MAX_LENGTH + " characters: not an answer"));
        if (!in.skipLine(1 << 20)) {
          return null; // the input ended, or it has no line ends at all
        }
        show(screen.prompt());
      }
    }
  }

  private void show(String text) {
    OutputOptions.write(out, text);
  }
}
