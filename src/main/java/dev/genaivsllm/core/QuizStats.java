package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of {@code quiz stats}: how a learner is doing, from the progress file.
 *
 * @param boxes how many questions sit in Leitner boxes 1 to 5
 * @param due questions due for review today
 * @param unseen questions never answered
 * @param progressFile where the progress is kept
 */
public record QuizStats(
    PackInfo pack,
    LocalDate today,
    List<Row> byDimension,
    List<Row> byDifficulty,
    List<Integer> boxes,
    int due,
    int unseen,
    int total,
    String progressFile) {
  /** Answers in one group: questions seen, answers given, answers right. */
  public record Row(String name, int questions, int seenQuestions, int answers, int correct) {
    /** Percentage of answers right, or -1 when none were given. */
    public int accuracy() {
      return answers == 0 ? -1 : Math.round(100f * correct / answers);
    }
  }

  public QuizStats {
    byDimension = List.copyOf(byDimension);
    byDifficulty = List.copyOf(byDifficulty);
    boxes = List.copyOf(boxes);
  }
}
