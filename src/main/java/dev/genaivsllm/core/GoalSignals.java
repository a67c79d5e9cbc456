package dev.genaivsllm.core;

import java.util.List;

/** What the signals read in a goal, or in one of its clauses, say for ranking and for steps. */
final class GoalSignals {
  private GoalSignals() {}

  /** What a ranking counts: every signal not ruled out, and the tasks that were (against). */
  static List<Recommendation.Understood> counted(List<Recommendation.Understood> signals) {
    return signals.stream().filter(u -> !u.negated() || u.kind().equals("task")).toList();
  }

  /** Whether these signals name a job: a task, or something that must come out. */
  static boolean namesAJob(List<Recommendation.Understood> active) {
    return active.stream()
        .anyMatch(
            u ->
                u.kind().equals("task") || u.kind().equals("output") || u.kind().equals("implied"));
  }
}
