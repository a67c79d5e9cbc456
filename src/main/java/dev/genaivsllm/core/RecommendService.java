package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.NoMatchException;
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
 * Answers {@code recommend}: reads the goal and the flags into signals, lets each signal move each
 * family's score by the points {@code signals.yaml} gives it, and adds what the families' own
 * inputs and outputs say about the modalities asked for. The same input always gives the same
 * ranking: there is no randomness, and ties go to the family id.
 */
public final class RecommendService {
  static final int OUTPUT_MATCH = 4;
  static final int OUTPUT_MISMATCH = -4;
  static final int INPUT_MATCH = 1;
  static final int INPUT_MISMATCH = -3;
  private static final int MAX_RECOMMENDED = 3;
  private static final int MAX_REJECTED = 3;

  private final ContentRepository content;

  public RecommendService(ContentRepository content) {
    this.content = content;
  }

  public Recommendation recommend(RecommendRequest request) {
    SignalBook book = content.signals();
    GoalReader reader = new GoalReader(book);
    List<String> clauses = reader.clauses(request.goal());
    List<List<Recommendation.Understood>> perClause = new ArrayList<>();
    clauses.forEach(c -> perClause.add(reader.read(c)));
    List<Recommendation.Understood> understood = new ArrayList<>();
    perClause.forEach(understood::addAll);
    understood.addAll(fromFlags(request));
    List<Recommendation.Understood> active = understood.stream().filter(u -> !u.negated()).toList();
    if (active.isEmpty()) {
      throw NoMatchException.because(nothingUnderstood(request, understood));
    }
    List<Recommendation.Ranked> ranked = rank(active, book);
    if (ranked.get(0).score() <= 0) {
      throw NoMatchException.because(nothingUnderstood(request, understood));
    }
    int recommended = recommendedCount(ranked);
    List<Recommendation.Ranked> rejected = rejected(ranked.subList(recommended, ranked.size()));
    return new Recommendation(
        content.pack(),
        request,
        understood,
        ranked,
        recommended,
        rejected,
        pipeline(clauses, perClause, book));
  }

  /**
   * The rejections worth explaining: families that were in the running (something spoke for them)
   * but lost on something else, the most firmly rejected first.
   */
  private static List<Recommendation.Ranked> rejected(List<Recommendation.Ranked> others) {
    Comparator<Recommendation.Ranked> firmest =
        Comparator.comparingInt(
                (Recommendation.Ranked r) ->
                    r.cons().stream().mapToInt(Recommendation.Reason::points).sum())
            .thenComparing(Comparator.comparingInt(Recommendation.Ranked::score).reversed())
            .thenComparing(r -> r.family().id());
    List<Recommendation.Ranked> contenders =
        others.stream()
            .filter(r -> !r.pros().isEmpty() && !r.cons().isEmpty())
            .sorted(firmest)
            .limit(MAX_REJECTED)
            .toList();
    return contenders.isEmpty()
        ? others.stream()
            .filter(r -> !r.cons().isEmpty())
            .sorted(firmest)
            .limit(MAX_REJECTED)
            .toList()
        : contenders;
  }

  /** Every family scored against these signals, best first, ties by id. */
  private List<Recommendation.Ranked> rank(
      List<Recommendation.Understood> signals, SignalBook book) {
    Map<String, SignalBook.Signal> byId = new LinkedHashMap<>();
    book.signals().forEach(s -> byId.put(s.id(), s));
    List<Recommendation.Ranked> ranked = new ArrayList<>();
    for (Family family : content.families()) {
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

  /** Recommend the top families while they score well: above 0 and at least 40% of the best. */
  private static int recommendedCount(List<Recommendation.Ranked> ranked) {
    int top = ranked.get(0).score();
    int n = 0;
    while (n < Math.min(MAX_RECOMMENDED, ranked.size())
        && ranked.get(n).score() > 0
        && ranked.get(n).score() * 10 >= top * 4) {
      n++;
    }
    return n;
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

  /** One step per clause when the clauses are different jobs with different best families. */
  private List<Recommendation.Step> pipeline(
      List<String> clauses, List<List<Recommendation.Understood>> perClause, SignalBook book) {
    if (clauses.size() < 2) {
      return List.of();
    }
    List<Recommendation.Step> steps = new ArrayList<>();
    Set<String> families = new LinkedHashSet<>();
    for (int i = 0; i < clauses.size(); i++) {
      List<Recommendation.Understood> active =
          perClause.get(i).stream().filter(u -> !u.negated()).toList();
      if (active.isEmpty()) {
        continue;
      }
      Recommendation.Ranked best = rank(active, book).get(0);
      if (best.score() > 0) {
        steps.add(new Recommendation.Step(clauses.get(i), best.family()));
        families.add(best.family().id());
      }
    }
    return steps.size() >= 2 && families.size() >= 2 ? steps : List.of();
  }

  private static List<Recommendation.Understood> fromFlags(RecommendRequest request) {
    List<Recommendation.Understood> flags = new ArrayList<>();
    request.inputs().stream()
        .sorted()
        .forEach(
            m ->
                flags.add(
                    new Recommendation.Understood(
                        "input", m.name(), m.name() + " input", "--input " + m, false)));
    request.outputs().stream()
        .sorted()
        .forEach(
            m ->
                flags.add(
                    new Recommendation.Understood(
                        "output", m.name(), m.name() + " output", "--output " + m, false)));
    request.needs().stream()
        .sorted()
        .forEach(
            n ->
                flags.add(
                    new Recommendation.Understood(
                        "need", n.label(), n.label(), "--need " + n.label(), false)));
    return flags;
  }

  private static String quoted(Recommendation.Understood u) {
    return u.quoted().startsWith("--") ? u.quoted() : "\"" + u.quoted() + "\"";
  }

  private static String nothingUnderstood(
      RecommendRequest request, List<Recommendation.Understood> understood) {
    String heard =
        understood.isEmpty()
            ? "nothing I know"
            : String.join(
                ", ",
                understood.stream()
                    .map(u -> (u.negated() ? "not " : "") + u.label() + " (" + quoted(u) + ")")
                    .toList());
    return "could not tell which kind of model fits \""
        + request.goal().strip()
        + "\": understood "
        + heard
        + "; say what goes in and what should come out, or add "
        + "--input, --output or --need";
  }
}
