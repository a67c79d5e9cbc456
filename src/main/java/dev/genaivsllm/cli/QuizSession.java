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
import java.util.function.Consumer;

/**
 * An interactive quiz: asks each question, reads an answer line, gives feedback at once. Invalid
 * answers are asked again; {@code ?} shows help; {@code q} or end of input stop with a partial
 * score. Each answer is handed to {@code onAnswer} as soon as it is graded, so an interrupted quiz
 * keeps everything answered before.
 */
final class QuizSession {
  private final QuizScreen screen;
  private final BoundedLines in;
  private final PrintWriter out;
  private final Consumer<QuizResult.Graded> onAnswer;

  QuizSession(
      QuizScreen screen, BoundedLines in, PrintWriter out, Consumer<QuizResult.Graded> onAnswer) {
    this.screen = screen;
    this.in = in;
    this.out = out;
    this.onAnswer = onAnswer;
  }

  QuizResult run(QuizPlan plan, QuizRequest request, OptionalInt passMark) {
    List<QuizResult.Graded> graded = new ArrayList<>();
    int total = plan.items().size();
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
      show(screen.feedback(g));
      show(
          screen.progress(
              graded.size(), total, (int) graded.stream().filter(x -> x.correct()).count()));
    }
    QuizResult result =
        new QuizResult(plan.pack(), plan.seed(), request, graded, total, finished, passMark);
    show(screen.summary(result));
    return result;
  }

  /** The positions chosen, or null when the learner stops. */
  private Set<Integer> ask(QuizPlan.Item item) {
    while (true) {
      show(screen.prompt());
      String line = readLine();
      if (line == null) {
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
