package dev.genaivsllm.core;

import java.util.List;
import java.util.Set;

/** What the signals read in a goal, or in one of its clauses, say for ranking and for steps. */
final class GoalSignals {
  private GoalSignals() {}

  /** The kinds of signal a goal that rules them out counts against a family. */
  private static final Set<String> COUNTED_AGAINST = Set.of("task", "output");

  /**
   * What a ranking counts: every signal not ruled out, and the tasks and kinds that were (against
   * the families whose job or only kind they are).
   */
  static List<Recommendation.Understood> counted(List<Recommendation.Understood> signals) {
    return signals.stream()
        .filter(u -> !u.negated() || COUNTED_AGAINST.contains(u.kind()))
        .toList();
  }

  /** Whether these signals name a job: a task, or something that must come out. */
  static boolean namesAJob(List<Recommendation.Understood> active) {
    return active.stream()
        .anyMatch(
            u ->
                u.kind().equals("task") || u.kind().equals("output") || u.kind().equals("implied"));
  }
}
