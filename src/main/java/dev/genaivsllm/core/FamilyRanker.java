package dev.genaivsllm.core;

import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores every family against the signals understood from a goal, or from one clause of it: a
 * signal moves a family by the points {@code signals.yaml} gives it, an asked-for modality by
 * whether the family takes or produces it. Every point comes with its reason, so a ranking explains
 * itself. Kept apart from {@link RecommendService}, which decides what to make of a ranking (how
 * many to recommend, which rejections to explain, whether a goal is a pipeline).
 */
final class FamilyRanker {
  static final int OUTPUT_MATCH = 4;
  static final int OUTPUT_MISMATCH = -4;
  static final int INPUT_MATCH = 1;
  static final int INPUT_MISMATCH = -3;

  private final List<Family> families;
  private final Map<String, SignalBook.Signal> byId = new LinkedHashMap<>();

  FamilyRanker(List<Family> families, SignalBook book) {
    this.families = families;
    book.signals().forEach(s -> byId.put(s.id(), s));
  }

  /** Every family scored against these signals, best first, ties by id. */
  List<Recommendation.Ranked> rank(List<Recommendation.Understood> signals) {
    List<Recommendation.Ranked> ranked = new ArrayList<>();
    for (Family family : families) {
      List<Recommendation.Reason> reasons = new ArrayList<>();
      Set<String> counted = new LinkedHashSet<>();
      for (Recommendation.Understood u : signals) {
        if (!counted.add(u.kind() + ":" + u.id())) {
          continue; // a signal counts once, however often it is said
        }
        switch (u.kind()) {
          case "input", "output" -> modality(family, u).ifPresent(reasons::add);
          default -> {
            SignalBook.Effect effect = byId.get(u.id()).effects().get(family.id());
            if (effect != null) {
              reasons.add(
                  new Recommendation.Reason(
                      effect.points(), effect.reason(), u.label(), quoted(u)));
            }
          }
        }
      }
      int score = reasons.stream().mapToInt(Recommendation.Reason::points).sum();
      ranked.add(new Recommendation.Ranked(family, score, "", reasons));
    }
    ranked.sort(
        Comparator.comparingInt(Recommendation.Ranked::score)
            .reversed()
            .thenComparing(r -> r.family().id()));
    List<Recommendation.Ranked> withConfidence = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Recommendation.Ranked r = ranked.get(i);
      int next = i + 1 < ranked.size() ? ranked.get(i + 1).score() : 0;
      withConfidence.add(
          new Recommendation.Ranked(
              r.family(), r.score(), confidence(r.score(), next), r.reasons()));
    }
    return withConfidence;
  }

  private static Optional<Recommendation.Reason> modality(
      Family family, Recommendation.Understood u) {
    Modality m = Modality.valueOf(u.id());
    String name = plural(m);
    String label = u.label();
    String quote = quoted(u);
    if (u.kind().equals("output")) {
      return Optional.of(
          family.outputs().contains(m)
              ? new Recommendation.Reason(OUTPUT_MATCH, "It produces " + name + ".", label, quote)
              : new Recommendation.Reason(
                  OUTPUT_MISMATCH, "It does not produce " + name + ".", label, quote));
    }
    return Optional.of(
        family.inputs().contains(m)
            ? new Recommendation.Reason(
                INPUT_MATCH, "It takes " + name + " as input.", label, quote)
            : new Recommendation.Reason(
                INPUT_MISMATCH, "It cannot take " + name + " as input.", label, quote));
  }

  private static String plural(Modality m) {
    return switch (m) {
      case image -> "images";
      case video -> "video";
      case tabular -> "tables";
      default -> m.name();
    };
  }

  private static String confidence(int score, int next) {
    if (score >= 8 && score - next >= 4) {
      return "high";
    }
    if (score >= 4 && score - next >= 2) {
      return "medium";
    }
    return "low";
  }

  /** How a signal is quoted back: a flag as it was given, words from the goal in quotes. */
  static String quoted(Recommendation.Understood u) {
    return u.quoted().startsWith("--") ? u.quoted() : "\"" + u.quoted() + "\"";
  }
}
