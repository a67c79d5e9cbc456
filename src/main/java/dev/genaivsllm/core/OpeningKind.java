package dev.genaivsllm.core;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.List;

/**
 * Whether the kind a goal opens with is what it wants: a goal that is only a noun phrase ("a 10
 * second clip of a coffee cup for our reel", "poster art of a neon city") asks for it, and so does
 * a kind followed by what it is for ("calm acoustic background track for product videos", or a kind
 * phrase that ends in it: "different ambient soundtrack for each neighbourhood"), unless it is a
 * verb's object ("book a table for 4", "grade photos of homework"). The words that decide are cues
 * in signals.yaml (determiners, measures, describedBy, heads).
 */
final class OpeningKind {
  /** How early a kind must be named for a clause without a task to ask for it. */
  private static final int OPENING_WORDS = 4;

  /** How early a kind followed by what it is for may be named ("30-second upbeat track for"). */
  private static final int HEAD_WORDS = 7;

  /** The articles that introduce something new, as a goal that asks for it does. */
  private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an");

  private final SignalBook book;

  OpeningKind(SignalBook book) {
    this.book = book;
  }

  /**
   * Whether the kind named by words [start, end), with no direction of its own, is what must come
   * out.
   *
   * @param job whether the clause names a task; then only a kind followed by what it is for counts
   * @param kindFollows whether another kind is named after it in the clause
   */
  boolean wanted(
      String clause, List<Words.Word> words, int start, int end, boolean job, boolean kindFollows) {
    SignalBook.Cues cues = book.cues();
    String next = end < words.size() ? words.get(end).text() : null;
    // "voice for our app", "calm acoustic background track for product videos"; or the kind's own
    // phrase ends in one: "different ambient soundtrack for each neighbourhood"
    boolean heads =
        next != null && cues.get(Cue.HEADS).contains(next)
            || end - start > 1 && cues.get(Cue.HEADS).contains(words.get(end - 1).text());
    // after a word and an article, the kind is that word's object: "book a table for 4"
    boolean object =
        java.util.stream.IntStream.range(1, start)
            .anyMatch(j -> cues.get(Cue.DETERMINERS).contains(words.get(j).text()));
    boolean opens =
        heads
            ? start < HEAD_WORDS && !object
            : start < OPENING_WORDS
                && (words.subList(0, start).stream().allMatch(this::measureOrArticle)
                    // after an opening "a", every word up to the kind describes it: "a moody
                    // fantasy portrait of my character"; "the" points at something already there
                    // ("the board meetings of our club are recorded")
                    || start > 0 && INDEFINITE.contains(words.get(0).text()));
    // what follows only describes the kind ("clip of a coffee cup"), or the phrase ends: "text in
    // our outputs comes out smeared" says something about the text; "student film, no money for a
    // composer, need a tense score": a phrase of its own names what is wanted only when no other
    // kind follows
    boolean describedOnly =
        next == null
            || heads
            || cues.get(Cue.DESCRIBED_BY).contains(next)
            || WordSpans.breaksBetween(clause, words, end - 1, end) && !kindFollows;
    // a determiner right after the kind's word makes it a verb: "film the race"
    boolean verb = next != null && cues.get(Cue.DETERMINERS).contains(next);
    return opens && describedOnly && (!job || heads) && !verb;
  }

  /**
   * Whether a word can open a noun phrase ahead of its noun: a determiner, a number, or a measure
   * ("a 10 second clip", "short"). Any other word may be a verb whose object the kind is ("grade
   * photos of homework", "tell me about images").
   */
  private boolean measureOrArticle(Words.Word w) {
    return book.cues().get(Cue.DETERMINERS).contains(w.text())
        || w.text().matches("\\d+")
        || book.cues().get(Cue.MEASURES).contains(w.text());
  }
}
