package dev.genaivsllm.core;

import dev.genaivsllm.model.Modality;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of a goal that chains jobs: one per clause that names a job ({@link #byClause}), or the
 * text bridge's ({@link TextBridge}) unless the clauses name a step more ({@link #chosen}), and
 * what stays of them when the examples name another first step ({@link #afterLearned}).
 */
final class PipelineSteps {
  private PipelineSteps() {}

  /**
   * The bridge's steps, or the clauses' when there is no bridge or when the clauses name a step
   * more than it ("write the script, then do a voiceover, then make background music").
   */
  static List<StepFit> chosen(List<StepFit> bridge, List<StepFit> byClause) {
    return bridge.isEmpty() || extends_(byClause, bridge) ? byClause : bridge;
  }

  /** One step per clause when the clauses are different jobs with different best families. */
  static List<StepFit> byClause(
      List<String> clauses, List<List<Recommendation.Understood>> perClause, FamilyRanker ranker) {
    if (clauses.size() < 2) {
      return List.of();
    }
    List<StepFit> steps = new ArrayList<>();
    Set<String> families = new LinkedHashSet<>();
    for (int i = 0; i < clauses.size(); i++) {
      List<Recommendation.Understood> active =
          perClause.get(i).stream().filter(u -> !u.negated()).toList();
      // "supervisors take photos of the floor each shift" says what goes in, not a job of its own
      if (!GoalSignals.namesAJob(active)) {
        continue;
      }
      // as in the whole goal's ranking, a task ruled out counts against its family
      Recommendation.Ranked best =
          ranker.rank(GoalSignals.counted(perClause.get(i)), clauses.get(i)).get(0);
      if (best.score() > 0 && best.fits()) {
        steps.add(new StepFit(new Recommendation.Step(clauses.get(i), best.family()), best));
        families.add(best.family().id());
      }
    }
    return steps.size() >= 2 && families.size() >= 2 ? steps : List.of();
  }

  /**
   * The steps when the examples named {@code named} in place of the first step of the rules'
   * pipeline ({@code read}): {@code named} takes the first step, followed by the later steps that
   * make something of another kind, each as the rules' reading ranked it, when {@code named} makes
   * what that first step did. One step when none stays.
   */
  static List<StepFit> afterLearned(Recommendation.Ranked named, Recommendation read) {
    List<Recommendation.Step> steps = read.pipeline();
    List<StepFit> kept = new ArrayList<>();
    kept.add(new StepFit(new Recommendation.Step(steps.get(0).clause(), named.family()), named));
    Set<Modality> made = EnumSet.noneOf(Modality.class);
    made.addAll(named.family().outputs());
    // examples that make something else than the first step did read the whole goal otherwise
    // ("record my voice now so the tablet can read new stories": a voice, not a transcript)
    if (Collections.disjoint(made, steps.get(0).family().outputs())) {
      return kept;
    }
    for (Recommendation.Step s : steps.subList(1, steps.size())) {
      // a later step stays when it makes nothing a step before it can (the song after the
      // lyrics); another text step after a text one was part of the misreading ("tells me which
      // slide")
      if (Collections.disjoint(made, s.family().outputs())) {
        // every step's family is among a pipeline's recommendations
        Recommendation.Ranked ranked =
            read.recommendations().stream()
                .filter(r -> r.family().equals(s.family()))
                .findFirst()
                .orElseThrow();
        kept.add(new StepFit(s, ranked));
        made.addAll(s.family().outputs());
      }
    }
    return kept;
  }

  /**
   * Whether {@code longer} has every step of {@code shorter}'s families, in order, and a family
   * more, each once.
   */
  private static boolean extends_(List<StepFit> longer, List<StepFit> shorter) {
    long families = longer.stream().map(s -> s.best().family()).distinct().count();
    // a family twice is no clearer a reading than the bridge's
    if (families <= shorter.size() || families < longer.size()) {
      return false;
    }
    int matched = 0;
    for (StepFit s : longer) {
      if (matched < shorter.size()
          && s.best().family().equals(shorter.get(matched).best().family())) {
        matched++;
      }
    }
    return matched == shorter.size();
  }
}
