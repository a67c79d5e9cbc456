package dev.genaivsllm.core;

import java.util.List;

/**
 * The result of {@code eval}: how many cases of an evaluation file got the right first answer, and
 * the right one among the first three, with every miss.
 *
 * @param kind "ask" or "recommend"
 * @param answerable cases that have an answer (not {@code none})
 * @param outOfScope cases that should get none
 * @param top1 cases whose first answer is right (out-of-scope ones: answered with none)
 * @param top3 cases whose right answer is among the first three
 * @param outOfScopeRight out-of-scope cases answered with none
 * @param confusion per expected answer, how often each answer was given first (recommend)
 */
public record Evaluation(
    String file,
    String kind,
    int cases,
    int answerable,
    int outOfScope,
    int top1,
    int top3,
    int outOfScopeRight,
    List<Miss> misses,
    List<Confusion> confusion) {

  /** A case whose first answer was wrong. */
  public record Miss(String text, List<String> expected, List<String> got, boolean inTop3) {
    public Miss {
      expected = List.copyOf(expected);
      got = List.copyOf(got);
    }
  }

  /** How often {@code expected} got {@code got} first. */
  public record Confusion(String expected, String got, int count) {}

  public Evaluation {
    misses = List.copyOf(misses);
    confusion = List.copyOf(confusion);
  }

  public double top1Rate() {
    return cases == 0 ? 0 : (double) top1 / cases;
  }

  public double top3Rate() {
    return cases == 0 ? 0 : (double) top3 / cases;
  }
}
