package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import java.util.List;
import java.util.Optional;

/**
 * The entry a clause that asks ({@link AskedClause}) answers when the whole question falls below
 * the floor: a long question whose story the pack knows little of may still ask, in its last
 * clause, what an entry answers ("... the place has been shut two year. why does it make things
 * up"). The clause must ask about what the whole question points to, name it, and clear the floor
 * on its own.
 */
final class ClauseAnswer {
  private final EntryIndex index;
  private final Weights weights;
  private final RelevanceFloor floor;
  private final NamedConcept named;

  ClauseAnswer(EntryIndex index, Weights weights, RelevanceFloor floor, NamedConcept named) {
    this.index = index;
    this.weights = weights;
    this.floor = floor;
    this.named = named;
  }

  /** The clause's reading and the entry it answers with. */
  record Found(Reading reading, EntryIndex.Scored top) {}

  /**
   * The first clause, the last first, that answers, given the whole question's reading and rank.
   */
  Optional<Found> answer(String question, Reading whole, List<EntryIndex.Scored> ranked) {
    for (String clause : AskedClause.of(question)) {
      Optional<Found> answered = answeredBy(clause, whole, ranked);
      if (answered.isPresent()) {
        return answered;
      }
    }
    return Optional.empty();
  }

  private Optional<Found> answeredBy(String clause, Reading whole, List<EntryIndex.Scored> ranked) {
    Reading r = index.reader().read(clause);
    List<EntryIndex.Scored> byClause = index.rank(r);
    if (byClause.isEmpty()) {
      return Optional.empty();
    }
    EntryIndex.Scored top = named.best(r, byClause);
    // the clause asks about what the whole question points to, not a topic of its own
    boolean same =
        ranked.stream()
            .limit(CLAUSE_WITHIN)
            .anyMatch(
                s -> s.entry().equals(top.entry()) && s.score() >= CLAUSE_WHOLE * weights.floor());
    // and names it, in its own words or a lexicon phrase: "is it dangerous" names nothing; an
    // everyday word names it only in a question that says it is about the field ("my kid is
    // seeing things during a high fever, are hallucinations dangerous" is not)
    boolean inField = !index.signs().field(whole.words()).isEmpty();
    boolean names =
        (EntryIndex.namedIn(top.entry(), r.saidStems())
                || EntryIndex.namedIn(top.entry(), r.toldStems()))
            && (index.namedOnlyByEveryday(top.entry(), r).isEmpty() || inField);
    // a dimension is named by words anyone uses of anything ("how it works", "risks", "quality"):
    // "i bought an air fryer, how does it work" is not about the architecture of generative AI
    boolean topicWord = top.entry().kind().equals("dimension") && !inField;
    if (!same || !names || topicWord || !floor.answers(top, r)) {
      return Optional.empty();
    }
    return Optional.of(new Found(r, top));
  }

  /** How near the top of the whole question's ranking the entry its asking clause names must be. */
  private static final int CLAUSE_WITHIN = 3;

  /**
   * The share of the floor the entry its asking clause names must still score on the whole
   * question: "a chatbot said to add baking soda to tomato sauce, does that really work" tells a
   * story about cooking, whatever the clause alone would match.
   */
  private static final double CLAUSE_WHOLE = 0.5;
}
