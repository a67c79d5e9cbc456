package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import java.util.List;
import java.util.Set;

/**
 * The best entry for a question, unless it is a dimension the question reached only through other
 * words while it names a concept in so many words: "what is fid score" asks about FID, though the
 * evaluation dimension, where FID is discussed at length, matches more of it.
 */
final class NamedConcept {
  private final Weights weights;

  NamedConcept(Weights weights) {
    this.weights = weights;
  }

  /**
   * The first of {@code ranked}, or a concept among the first {@link #NAMED_WITHIN} that the
   * question names, clears the floor and covers at least {@link #NAMED_SHARE} of what the dimension
   * covers.
   */
  EntryIndex.Scored best(Reading reading, List<EntryIndex.Scored> ranked) {
    EntryIndex.Scored top = ranked.get(0);
    if (!top.entry().kind().equals("dimension")) {
      return top;
    }
    Set<String> said = reading.saidStems();
    if (EntryIndex.namedIn(top.entry(), said)) {
      return top;
    }
    return ranked.stream()
        .limit(NAMED_WITHIN)
        .filter(
            s -> s.entry().kind().equals("concept") && !Sides.PACK_SIDES.contains(s.entry().id()))
        .filter(s -> s.score() >= weights.floor() && EntryIndex.namedIn(s.entry(), said))
        // "which uses more electricity, one ai picture or one chatgpt question": a name that
        // speaks to little of the question besides itself is how it was told, not its topic
        .filter(s -> s.coverage() >= NAMED_SHARE * top.coverage())
        .findFirst()
        .orElse(top);
  }

  /** The least share of the dimension's coverage a concept named in the question needs. */
  private static final double NAMED_SHARE = 0.2;

  /** How many of the best entries a concept the question names may come from. */
  private static final int NAMED_WITHIN = 3;
}
