package dev.genaivsllm.core;

import static dev.genaivsllm.core.WordSpans.matchAt;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.LexiconMatcher;
import dev.genaivsllm.understand.Vocabulary;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A goal's words as the recommend rules know them: the shared lexicon's everyday phrases read as
 * the field's terms, a typo of a word the rules know read as that word, and phrase matching over
 * the result.
 */
final class GoalWords {
  private final SignalBook book;
  private final LexiconMatcher lexicon;
  private final Vocabulary vocabulary;

  GoalWords(SignalBook book, LexiconMatcher lexicon) {
    this.book = book;
    this.lexicon = lexicon;
    this.vocabulary = vocabulary(book);
  }

  /** Every word the rules know, so that a typo of one ("sumarize") is read as it. */
  private static Vocabulary vocabulary(SignalBook book) {
    List<String> words = new ArrayList<>();
    book.modalities().values().forEach(words::addAll);
    book.signals().forEach(s -> words.addAll(s.words()));
    // every cue word too: "short" in "a short clip of" is a measure, not a typo of "shot"
    book.cues().all().forEach(words::addAll);
    return new Vocabulary.Builder().document(String.join(" ", words)).build();
  }

  /**
   * The clause's words with the lexicon's everyday phrases replaced by the terms they stand for
   * (keeping where the phrase was, so quotes show what was typed) and a typo of a known word read
   * as that word.
   */
  List<Words.Word> read(String clause) {
    List<Words.Word> typed = Words.of(clause);
    List<LexiconMatcher.Match> matches = new ArrayList<>(lexicon.find(typed));
    matches.removeIf(m -> m.termStems().stream().noneMatch(vocabulary::knows));
    // a phrase that holds a cue ("into english") keeps its words: the cue says which way data goes
    matches.removeIf(
        m ->
            typed.subList(m.start(), m.end()).stream()
                .anyMatch(
                    w ->
                        book.cues().get(Cue.OUTPUT).contains(w.text())
                            || book.cues().get(Cue.INPUT).contains(w.text())));
    List<Words.Word> words = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      final int at = i;
      LexiconMatcher.Match match =
          matches.stream()
              .filter(m -> m.start() == at)
              .max(Comparator.comparingInt(m -> m.end() - m.start()))
              .orElse(null);
      if (match != null && !vocabulary.knows(typed.get(i).stem())) {
        int start = typed.get(match.start()).start();
        int end = typed.get(match.end() - 1).end();
        for (String part : match.term().split(" ")) {
          words.add(new Words.Word(part, Words.stem(part), start, end));
        }
        i = match.end() - 1;
        continue;
      }
      words.add(corrected(typed.get(i)));
    }
    return words;
  }

  /**
   * The text with each typo of a word the rules know written as that word ("text to speach":
   * speech), for what is matched against the example goals, which are spelt right. A word the known
   * one only starts with stays as typed, as {@code ask}'s examples are asked (LearnedAnswer):
   * "cons" is no "consistency"; so does a common English word the rules read as another form of a
   * known one, since the examples know it as it is ("variations" is no "variational"). Each word is
   * read alone, as the rules read a word no lexicon phrase covers.
   */
  String spelledRight(String text) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Words.Word typed : Words.of(text)) {
      Words.Word read = corrected(typed);
      if (read != typed
          && !read.text().startsWith(typed.text())
          && !Vocabulary.commonWord(typed.text())) {
        out.append(text, at, typed.start()).append(read.text());
        at = typed.end();
      }
    }
    return out.append(text.substring(at)).toString();
  }

  /** A word the rules do not know, read as the known word it is one typo from, if any. */
  private Words.Word corrected(Words.Word w) {
    if (Words.isStop(w.text()) || vocabulary.knows(w.stem())) {
      return w;
    }
    return vocabulary.corrections(w.text(), w.stem()).stream()
        .filter(n -> n.quality() > 0.6)
        .findFirst()
        .map(n -> new Words.Word(vocabulary.word(n.stem()), n.stem(), w.start(), w.end()))
        .orElse(w);
  }

  /**
   * Words besides the stop words ("pls", "can you", "i") that may come before what a request asks
   * for: "i need to", "help me".
   */
  private static final java.util.Set<String> REQUESTING =
      java.util.Set.of("need", "want", "help", "must");

  /**
   * Words besides the determiners an errand verb's object may start with: "renew them", "back it
   * up", "pay all the invoices".
   */
  private static final java.util.Set<String> OBJECT_STARTS =
      java.util.Set.of(
          "those", "that", "all", "every", "each", "it", "them", "up", "out", "off", "to", "on");

  /**
   * Whether the first word that says what is asked for is an errand with its object next ("pls
   * renew my books", "i need to print 40 copies"); not the first half of a compound ("a print-ready
   * poster") or a noun running into another ("book cover art").
   */
  static boolean opensWithErrand(String text, SignalBook.Cues cues) {
    List<String> phrases = cues.get(Cue.ERRANDS);
    List<Words.Word> words = Words.of(text);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      if (!Words.isStop(w) && !REQUESTING.contains(w)) {
        int at = i;
        int n = phrases.stream().mapToInt(p -> matchAt(words, at, p)).max().orElse(0);
        int end = n > 0 ? words.get(i + n - 1).end() : 0;
        boolean compound = n > 0 && end < text.length() && text.charAt(end) == '-';
        // a verb takes its object next ("print 40 copies", "renew my books", "email the landlord");
        // a noun runs straight into another ("book cover art", "email subject lines")
        String next = i + n < words.size() ? words.get(i + n).text() : "";
        boolean verb =
            next.isEmpty()
                || cues.get(Cue.DETERMINERS).contains(next)
                || OBJECT_STARTS.contains(next)
                || next.matches("\\d+");
        return n > 0 && !compound && verb;
      }
    }
    return false;
  }
}
