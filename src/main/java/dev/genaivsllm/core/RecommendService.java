package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.model.SignalBook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code recommend}: reads the goal and the flags into signals ({@link GoalReader}), has
 * {@link FamilyRanker} score every family against them, then decides what to make of the ranking:
 * how many families to recommend, which rejections are worth explaining, and whether the goal is a
 * pipeline of steps best served by different families. The same input always gives the same
 * ranking: there is no randomness, and ties go to the family id.
 */
public final class RecommendService {
  private static final int MAX_RECOMMENDED = 3;
  private static final int MAX_REJECTED = 3;

  private final ContentRepository content;

  public RecommendService(ContentRepository content) {
    this.content = content;
  }

  public Recommendation recommend(RecommendRequest request) {
    SignalBook book = content.signals();
    GoalReader reader = new GoalReader(book);
    FamilyRanker ranker = new FamilyRanker(content.families(), book);
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
    List<Recommendation.Ranked> ranked = ranker.rank(active);
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
        pipeline(clauses, perClause, ranker));
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

  /** One step per clause when the clauses are different jobs with different best families. */
  private static List<Recommendation.Step> pipeline(
      List<String> clauses, List<List<Recommendation.Understood>> perClause, FamilyRanker ranker) {
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
      Recommendation.Ranked best = ranker.rank(active).get(0);
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

  private static String nothingUnderstood(
      RecommendRequest request, List<Recommendation.Understood> understood) {
    String heard =
        understood.isEmpty()
            ? "nothing I know"
            : String.join(
                ", ",
                understood.stream()
                    .map(
                        u ->
                            (u.negated() ? "not " : "")
                                + u.label()
                                + " ("
                                + FamilyRanker.quoted(u)
                                + ")")
                    .toList());
    return "could not tell which kind of model fits \""
        + request.goal().strip()
        + "\": understood "
        + heard
        + "; say what goes in and what should come out, or add "
        + "--input, --output or --need";
  }
}
