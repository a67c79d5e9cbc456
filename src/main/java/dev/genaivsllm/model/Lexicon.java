package dev.genaivsllm.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Everyday words and the field's terms they stand for, loaded from {@code lexicon.yaml}: "make
 * things up" means hallucination, "pictures" means image. Shared by everything that reads what
 * people type ({@code ask}, {@code search}, {@code recommend}), so a word learnt once is understood
 * everywhere.
 *
 * <p>{@code everyday} lists the field's words that also mean something outside it ("temperature",
 * "transformer", "gan"): a question that names an entry by one of these alone must show in its
 * other words that it is about this field; a question that names an entry by any other name is
 * about that entry, whatever else it says ("BERT explained simply pls, nlp exam on thursday").
 */
public record Lexicon(List<Term> terms, List<String> everyday) {
  public static final Lexicon EMPTY = new Lexicon(List.of(), List.of());

  /** A lexicon of terms only, with no everyday words. */
  public Lexicon(List<Term> terms) {
    this(terms, List.of());
  }

  /**
   * One term of the field and the everyday words or phrases that mean it.
   *
   * @param term the field's own word or phrase, as it appears in the pack's text
   * @param means what people say instead, lower case
   */
  public record Term(String term, List<String> means) {
    public Term {
      means = List.copyOf(means);
    }
  }

  public Lexicon {
    terms = List.copyOf(terms);
    everyday = List.copyOf(everyday);
  }

  /**
   * This lexicon with another laid on top: a term both have keeps every phrase of both, and the
   * everyday words of both count.
   */
  public Lexicon merge(Lexicon top) {
    Map<String, LinkedHashSet<String>> byTerm = new LinkedHashMap<>();
    for (Lexicon l : List.of(this, top)) {
      for (Term t : l.terms) {
        byTerm.computeIfAbsent(t.term(), k -> new LinkedHashSet<>()).addAll(t.means());
      }
    }
    List<Term> merged = new ArrayList<>();
    byTerm.forEach((term, means) -> merged.add(new Term(term, List.copyOf(means))));
    LinkedHashSet<String> words = new LinkedHashSet<>(everyday);
    words.addAll(top.everyday);
    return new Lexicon(merged, List.copyOf(words));
  }
}
