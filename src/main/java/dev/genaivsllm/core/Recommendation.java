package dev.genaivsllm.core;

import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.PackInfo;
import java.util.List;

/**
 * The result of {@code recommend}: what was understood, the families that fit best and why, the
 * ones that do not and why not, and the steps when the goal is several jobs in a row.
 *
 * @param understood every signal read from the goal and the flags, in order
 * @param ranked every family with its score, best first
 * @param recommended how many of {@code ranked} are recommended
 * @param notRecommended the strongest rejections, with reasons
 * @param pipeline the steps, when the goal chains jobs; empty otherwise
 * @param closeCall the first two recommended families score too close to tell apart: both fit, and
 *     the reasons say how they differ
 */
public record Recommendation(
    PackInfo pack,
    RecommendRequest request,
    List<Understood> understood,
    List<Ranked> ranked,
    int recommended,
    List<Ranked> notRecommended,
    List<Step> pipeline,
    boolean closeCall) {

  /**
   * One signal read from the goal.
   *
   * @param kind input, output, task or need
   * @param id the modality or signal id
   * @param quoted the words that triggered it, or the flag
   */
  public record Understood(String kind, String id, String label, String quoted, boolean negated) {}

  /**
   * One reason, with the points it moved.
   *
   * @param signal the label of the signal behind it
   * @param quoted the words of the goal (or the flag) that raised the signal
   */
  public record Reason(int points, String text, String signal, String quoted) {}

  /**
   * A family's standing.
   *
   * @param confidence high, medium or low (only meaningful for recommended families)
   * @param fits whether it can take what goes in and produce what must come out; one that does not
   *     is never recommended
   * @param closestExample the family's example goal closest to this one, or empty
   */
  public record Ranked(
      Family family,
      int score,
      String confidence,
      List<Reason> reasons,
      boolean fits,
      String closestExample) {
    public Ranked {
      reasons = List.copyOf(reasons);
    }

    public List<Reason> pros() {
      return reasons.stream().filter(r -> r.points() > 0).toList();
    }

    public List<Reason> cons() {
      return reasons.stream().filter(r -> r.points() < 0).toList();
    }
  }

  /** One step of a chained goal: its words and the family that fits it. */
  public record Step(String clause, Family family) {}

  public Recommendation {
    understood = List.copyOf(understood);
    ranked = List.copyOf(ranked);
    notRecommended = List.copyOf(notRecommended);
    pipeline = List.copyOf(pipeline);
  }

  public List<Ranked> recommendations() {
    return ranked.subList(0, recommended);
  }
}
