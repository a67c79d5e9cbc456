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
 *
 * <p>{@code field} lists words and phrases that say a text is about this field ("ai", "chatgpt",
 * "image generator"): the rest of such a question is the asker's situation, not another topic.
 * {@code elsewhere} lists phrases that ask for something no explanation gives: an account, a bill,
 * a share price or a salary ("cancel my subscription"); {@code requests}, phrases that, opening a
 * text, ask for a job done rather than explained ("write me a poem").
 */
public record Lexicon(
    List<Term> terms,
    List<String> everyday,
    List<String> field,
    List<String> elsewhere,
    List<String> requests) {
  public static final Lexicon EMPTY = new Lexicon(List.of());

  /** A lexicon of terms only. */
  public Lexicon(List<Term> terms) {
    this(terms, List.of());
  }

  /** A lexicon of terms and everyday words, with no words for the field or for elsewhere. */
  public Lexicon(List<Term> terms, List<String> everyday) {
    this(terms, everyday, List.of(), List.of(), List.of());
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
    field = List.copyOf(field);
    elsewhere = List.copyOf(elsewhere);
    requests = List.copyOf(requests);
  }

  /**
   * This lexicon with another laid on top: a term both have keeps every phrase of both, and the
   * everyday, field, elsewhere and request words of both count.
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
    return new Lexicon(
        merged,
        union(everyday, top.everyday),
        union(field, top.field),
        union(elsewhere, top.elsewhere),
        union(requests, top.requests));
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> words = new LinkedHashSet<>(a);
    words.addAll(b);
    return List.copyOf(words);
  }
}
