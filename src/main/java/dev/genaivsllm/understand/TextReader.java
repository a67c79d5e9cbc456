package dev.genaivsllm.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads text into term vectors over one {@link Vocabulary}, the same way for what a person typed
 * and for the texts it is matched against, so that both meet on the same stems. A typed text is
 * read more generously: a word the vocabulary does not know is read as the known words it most
 * likely was ({@link Vocabulary#near}), the commoner of them counting for more ({@link
 * Vocabulary#likelihood}), and a lexicon phrase ("make things up") adds the words of the term it
 * stands for (hallucination), stop words left out, while its own everyday words count for less.
 */
public final class TextReader {
  /** How much a lexicon term counts against a word typed as such. */
  static final double LEXICON_TERM = 1.0;

  /** What is left of the weight of words a lexicon phrase has explained. */
  static final double EXPLAINED_WORD = 0.35;

  /**
   * How long a phrase must be for its denial to count: "which do not exist" is a situation, while
   * "not true" or "no internet" says too little to tell one.
   */
  private static final int DENIAL_PHRASE = 3;

  /**
   * Words the stop list passes over that still say something in a lexicon phrase: "which do not
   * exist" tells a situation in two words, "exist" and its denial.
   */
  private static final Set<String> DENIALS =
      Set.of(
          "not", "never", "no", "dont", "doesnt", "didnt", "isnt", "wasnt", "don", "doesn", "didn",
          "isn", "wasn", "aren", "weren");

  private final Vocabulary vocabulary;
  private final LexiconMatcher lexicon;

  public TextReader(Vocabulary vocabulary, LexiconMatcher lexicon) {
    this.vocabulary = vocabulary;
    this.lexicon = lexicon;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * A text of the body matched against: each stem weighted by {@code (1 + ln tf) * idf}, stop words
   * left out.
   */
  public TermVector document(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (Words.Word w : Words.of(text)) {
      if (!Words.isStop(w.text())) {
        counts.merge(w.stem(), 1, Integer::sum);
      }
    }
    TermVector.Builder v = new TermVector.Builder();
    counts.forEach((stem, n) -> v.add(stem, (1 + StrictMath.log(n)) * vocabulary.idf(stem)));
    return v.build();
  }

  /**
   * Several texts read as one document, so that a word many of them share weighs more: all of an
   * entry's phrasings, all of a family's example goals.
   */
  public TermVector together(List<String> texts) {
    return document(String.join(" . ", texts));
  }

  /** What a person typed, read generously (see the class comment). */
  public Reading read(String text) {
    List<Words.Word> words = Words.of(text);
    double[] weight = new double[words.size()];
    for (int i = 0; i < words.size(); i++) {
      weight[i] = Words.isStop(words.get(i).text()) ? 0 : 1;
    }
    List<LexiconMatcher.Match> matches = lexicon.find(words);
    TermVector.Builder v = new TermVector.Builder();
    List<String> terms = new ArrayList<>();
    List<String> told = new ArrayList<>();
    for (LexiconMatcher.Match m : matches) {
      List<Words.Word> phrase = words.subList(m.start(), m.end());
      long said =
          phrase.stream()
              .filter(
                  w ->
                      !Words.isStop(w.text())
                          || phrase.size() >= DENIAL_PHRASE && DENIALS.contains(w.text()))
              .count();
      if (said >= 2 && !told.contains(m.term())) {
        told.add(m.term());
      }
      for (int i = m.start(); i < m.end(); i++) {
        weight[i] = Math.min(weight[i], EXPLAINED_WORD);
      }
      for (String stem : m.termStems()) {
        v.add(stem, LEXICON_TERM * vocabulary.idf(stem));
      }
      if (!terms.contains(m.term())) {
        terms.add(m.term());
      }
    }
    List<Reading.Correction> corrections = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      if (weight[i] == 0) {
        continue;
      }
      if (vocabulary.knows(w.stem()) || isNumber(w.text())) {
        v.add(w.stem(), weight[i] * vocabulary.idf(w.stem()));
        continue;
      }
      List<Vocabulary.Near> near = vocabulary.near(w.text(), w.stem());
      if (near.isEmpty()) {
        unknown.add(w.text());
        v.add("?" + w.stem(), weight[i] * vocabulary.idf("?" + w.stem()));
      } else {
        for (Vocabulary.Near n : near) {
          v.add(
              n.stem(),
              weight[i] * n.quality() * vocabulary.likelihood(n, near) * vocabulary.idf(n.stem()));
        }
        // a common word was typed as meant: "clause" is not said back as "claude", nor "green"
        // as "greek"; the near words still count in the score as before (a known weakness: "what
        // is a clause" still leans to what "claude" would answer)
        if (!Vocabulary.commonWord(w.text())) {
          corrections.add(new Reading.Correction(w.text(), vocabulary.word(near.get(0).stem())));
        }
      }
    }
    return new Reading(text, words, v.build(), terms, told, corrections, unknown);
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
  }
}
