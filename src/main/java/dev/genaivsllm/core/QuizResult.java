package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A quiz taken: every question asked, what was chosen and whether it was right.
 *
 * @param finished false when the quiz was left early (q, end of input)
 * @param passMark the percentage asked for with --pass-mark, if any
 * @param total the number of questions planned
 */
public record QuizResult(
    PackInfo pack,
    long seed,
    QuizRequest request,
    List<Graded> graded,
    int total,
    boolean finished,
    OptionalInt passMark) {
  /**
   * One answered question.
   *
   * @param chosen the shown positions chosen
   */
  public record Graded(QuizPlan.Item item, Set<Integer> chosen, boolean correct) {
    public Graded {
      chosen = Set.copyOf(chosen);
    }
  }

  public QuizResult {
    graded = List.copyOf(graded);
  }

  public int score() {
    return (int) graded.stream().filter(Graded::correct).count();
  }

  /** The score as a whole percentage of the questions planned. */
  public int percent() {
    return total == 0 ? 0 : Math.round(100f * score() / total);
  }

  /** The score as a whole percentage of the questions answered: a stopped quiz's fair score. */
  public int answeredPercent() {
    return graded.isEmpty() ? 0 : Math.round(100f * score() / graded.size());
  }

  /** The command line that gives the same questions again. */
  public String repeatCommand() {
    StringBuilder cmd = new StringBuilder("genai-vs-llm quiz --seed ").append(seed);
    cmd.append(" --count ").append(request.count());
    request
        .topics()
        .forEach(t -> cmd.append(" --topic ").append(t.contains(" ") ? "'" + t + "'" : t));
    request.difficulty().ifPresent(d -> cmd.append(" --difficulty ").append(d));
    return cmd.toString();
  }

  /** Whether the pass mark (if any) was reached. */
  public boolean passed() {
    return passMark.isEmpty() || percent() >= passMark.getAsInt();
  }
}
