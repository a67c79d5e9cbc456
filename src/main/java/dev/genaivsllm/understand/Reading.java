package dev.genaivsllm.understand;

import java.util.List;

/**
 * What was read from a text someone typed.
 *
 * @param words every word, with its stem and where it was
 * @param vector the weights to match with
 * @param terms the lexicon terms its everyday phrases stand for, in order
 * @param told the terms among them that a phrase of two words or more stood for ("two different
 *     answers", not "forget"): a situation told, which names its term more surely than one word
 * @param corrections words read as another known word (a typo, or the start of a word); never a
 *     common English word, which was typed as meant
 * @param unknown words read as nothing known
 */
public record Reading(
    String text,
    List<Words.Word> words,
    TermVector vector,
    List<String> terms,
    List<String> told,
    List<Correction> corrections,
    List<String> unknown) {

  /** A typed word, and the known stem it was read as. */
  public record Correction(String typed, String readAs) {}

  public Reading {
    words = List.copyOf(words);
    terms = List.copyOf(terms);
    told = List.copyOf(told);
    corrections = List.copyOf(corrections);
    unknown = List.copyOf(unknown);
  }

  /**
   * How much of what was typed the vocabulary knows, in [0, 1]: the share of the vector's squared
   * weight on known words. "transformer toys for kids" knows one rare word of three; a question the
   * texts cannot answer is mostly words they never use.
   */
  public double knownShare() {
    double all = 0;
    double known = 0;
    for (var e : vector.weights().entrySet()) {
      double w2 = e.getValue() * e.getValue();
      all += w2;
      if (!e.getKey().startsWith("?")) {
        known += w2;
      }
    }
    return all == 0 ? 0 : known / all;
  }

  /** The stems of every word the text says, as typed (no lexicon terms, no corrections). */
  public java.util.Set<String> saidStems() {
    java.util.Set<String> stems = new java.util.HashSet<>();
    words.forEach(w -> stems.add(w.stem()));
    return stems;
  }

  /**
   * The stems of every word the text says, with each word read as another known word ({@link
   * #corrections}) also taken as that word: "transfomers" says "transformer".
   */
  public java.util.Set<String> meantStems() {
    java.util.Set<String> stems = saidStems();
    corrections.forEach(c -> stems.add(Words.stem(c.readAs())));
    return stems;
  }

  /**
   * The stems of words said only as a system the asker points at ("the ai told me", "can my ai look
   * at pictures"): "ai" after "the", "my" or the like, and nowhere else. Such a word says the
   * question is in the field; it does not name AI itself as the topic.
   */
  public java.util.Set<String> pointed() {
    java.util.Set<String> pointed = new java.util.HashSet<>();
    java.util.Set<String> bare = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      if (!SYSTEM.contains(w.text())) {
        continue;
      }
      (i > 0 && DETERMINERS.contains(words.get(i - 1).text()) ? pointed : bare).add(w.stem());
    }
    pointed.removeAll(bare);
    // "the ai in my car", "the ai vs the llm": too little else is said for "ai" to be only how
    // the system was named
    long rest = contentWords().stream().filter(w -> !SYSTEM.contains(w.text())).count();
    return rest >= TOLD_BESIDES ? pointed : java.util.Set.of();
  }

  /** Words for the system someone uses, when a pointing word stands before them. */
  private static final java.util.Set<String> SYSTEM = java.util.Set.of("ai");

  /** How many other content words a question needs for "the ai" in it to be the system. */
  private static final int TOLD_BESIDES = 4;

  /** Words that point at one thing the asker already has in mind: "the", "my", "this". */
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of(
          "the", "an", "this", "that", "these", "those", "my", "our", "your", "their", "his",
          "her");

  /** The stems of the terms a situation told in several words stood for ({@link #told}). */
  public java.util.Set<String> toldStems() {
    java.util.Set<String> stems = new java.util.HashSet<>();
    told.forEach(t -> Words.of(t).forEach(w -> stems.add(w.stem())));
    return stems;
  }

  /** The words that say what the text is about: not stop words. */
  public List<Words.Word> contentWords() {
    return words.stream().filter(w -> !Words.isStop(w.text())).toList();
  }
}
