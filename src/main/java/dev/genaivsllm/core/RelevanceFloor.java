package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.Words;
import java.util.Set;

/**
 * Whether an entry answers a question at all, or the honest reply is "nothing in this pack answers
 * that": the score and coverage floors ({@link Weights}), the allowance for a concept named
 * plainly, and the doubt about a name that is also an everyday word.
 */
final class RelevanceFloor {
  private final EntryIndex index;
  private final Weights weights;

  RelevanceFloor(EntryIndex index, Weights weights) {
    this.index = index;
    this.weights = weights;
  }

  /**
   * Whether the best entry answers: it scores above the floor and speaks to a quarter of the
   * question. A concept the question names plainly ("BERT explained simply pls, nlp exam on
   * thursday") answers whatever else is said, if it would clear the floor without the words the
   * pack never uses: the rest is the asker's situation, not the topic. The pack must still know a
   * quarter of the question ({@link #PLAIN_KNOWN}).
   */
  boolean answers(EntryIndex.Scored s, Reading reading) {
    if (s.entry().kind().equals("concept")) {
      if (index.namedPlainly(s.entry(), reading.saidStems())
          && reading.knownShare() >= PLAIN_KNOWN) {
        double known = StrictMath.pow(reading.knownShare(), weights.unknownWords());
        return s.score() / known >= weights.floor();
      }
    }
    if (s.score() < weights.floor() || s.coverage() < weights.covered()) {
      return false;
    }
    // "my cat has a high temperature": an entry named only by an everyday word answers when the
    // rest of the question is about the field too
    Set<String> everyday = index.namedOnlyByEveryday(s.entry(), reading.saidStems());
    if (everyday.isEmpty()) {
      return true;
    }
    // the other words typed, not counting the field itself ("CLIP meaning in ai")
    long others =
        reading.contentWords().stream()
            .map(Words.Word::stem)
            .filter(stem -> !everyday.contains(stem) && !FIELD.contains(stem))
            .distinct()
            .count();
    return others < EVERYDAY_REST
        || EntryIndex.coverage(s.entry(), reading.vector().without(everyday)) >= weights.covered();
  }

  /** Words that name the field itself, and so say nothing about which sense is meant. */
  private static final Set<String> FIELD = Set.of("ai", "ml", "nlp", "llm", "genai");

  /**
   * How many other words a question must say before they decide whether an entry it names only by
   * an everyday word is what it is about: "deep learning in simple terms" says one ("terms") and is
   * about deep learning; "my cat has a high temperature" says two (cat, high) the entry barely
   * uses.
   */
  private static final int EVERYDAY_REST = 2;

  /**
   * The share of a question's weight the pack must know for a plainly named concept to answer
   * despite the rest: "transformer toys for kids" in a pack that knows neither toys nor kids is not
   * about the Transformer.
   */
  private static final double PLAIN_KNOWN = 1.0 / 4;
}
