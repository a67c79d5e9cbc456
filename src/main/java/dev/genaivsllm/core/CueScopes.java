package dev.genaivsllm.core;

import static dev.genaivsllm.core.WordSpans.breaksBetween;
import static dev.genaivsllm.core.WordSpans.hyphenated;
import static dev.genaivsllm.core.WordSpans.matchAt;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which words of a goal's clause a cue covers: what a negation rules out ("we don't need any images
 * generated"), what a bare "no" takes back ("a video of our shop? no, just a picture"), and what
 * "already" says is done or at hand ("we already have the transcripts").
 */
final class CueScopes {
  private static final int NEGATION_REACH = 8;

  private final SignalBook book;

  /** The signals' phrases that open with a negation cue ("no labels"): signals of their own. */
  private final List<String> negatedSignals;

  CueScopes(SignalBook book) {
    this.book = book;
    this.negatedSignals =
        book.signals().stream()
            .flatMap(s -> s.words().stream())
            .filter(w -> book.cues().get(Cue.NEGATION).contains(w.split(" ")[0]))
            .toList();
  }

  /**
   * Which words say what is already done or at hand: from a {@code done} cue ("we already have the
   * transcripts", "it already produces the replies") to the end of the phrase. The phrase also ends
   * where a new job may start: at "and", "or", "now", a subject or a cue that something must come
   * out ("we already use an llm for support and want to translate our help articles"). A task said
   * there is not the job; a kind of data said there goes in.
   */
  boolean[] done(String clause, List<Words.Word> words) {
    boolean[] done = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int n = 0;
      for (String cue : book.cues().get(Cue.DONE)) {
        n = Math.max(n, matchAt(words, i, cue));
      }
      if (n > 0) {
        scopeAfter(clause, words, i + n - 1, done, true);
      }
    }
    return done;
  }

  /**
   * Marks the words after word {@code cue} that its phrase covers: to punctuation, a scope-ending
   * word ("but", "just") or a subject that opens a clause ({@link #CLAUSE_SUBJECTS}), at most
   * {@value #NEGATION_REACH} words, a hyphenated compound counting as one ("not looking for
   * speech-to-text or a new chatbot"); when {@code jobEnds}, also to a word where another job may
   * start.
   */
  private void scopeAfter(
      String clause, List<Words.Word> words, int cue, boolean[] marked, boolean jobEnds) {
    int counted = 0;
    for (int j = cue + 1; j < words.size(); j++) {
      if (!hyphenated(clause, words, j) && ++counted > NEGATION_REACH) {
        return;
      }
      String w = words.get(j).text();
      if (breaksBetween(clause, words, j - 1, j)
          || book.cues().get(Cue.SCOPE_END).contains(w)
          || CLAUSE_SUBJECTS.contains(w)
          || jobEnds
              && (JOB_STARTS.contains(w)
                  || book.cues().get(Cue.SUBJECTS).contains(w)
                  || book.cues().get(Cue.OUTPUT).contains(w))) {
        return;
      }
      marked[j] = true;
    }
  }

  /**
   * Subjects that open a clause of their own, which no cue before them covers: "i am not a
   * tech-savvy teacher and i need to transcribe my lessons" rules out no transcribing. Not "it" or
   * "you", which a negated verb takes as its object ("we don't want it to sound robotic").
   */
  private static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "we", "they", "he", "she");

  /** Words where, after "already ...", a new job may start. */
  private static final Set<String> JOB_STARTS = Set.of("and", "or", "now");

  /**
   * Whether a negation cue at word {@code i} opens a signal of its own ("no labels", "no
   * internet"): what it says is that signal, and the words after it are not ruled out ("we have no
   * labelled faults" still wants faults found).
   */
  private boolean ownSignal(List<Words.Word> words, int i) {
    return negatedSignals.stream().anyMatch(w -> matchAt(words, i, w) > 1);
  }

  /**
   * Which words a negation rules out: from a negation cue to the end of the phrase (punctuation, a
   * word such as "but" or "just"), at most {@value #NEGATION_REACH} words, unless the cue opens a
   * signal of its own; from a cue that follows what it rules out ("likelihoods not needed") back to
   * the start of the phrase; and the words a bare "no" took back ({@link #takenBack}).
   */
  boolean[] negations(String clause, List<Words.Word> words, boolean[] takenBack) {
    boolean[] negated = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (book.cues().get(Cue.NEGATION).contains(words.get(i).text()) && !ownSignal(words, i)) {
        scopeAfter(clause, words, i, negated, false);
      }
    }
    // "likelihoods not needed": back to the start of the phrase
    for (int i = 0; i < words.size(); i++) {
      int n = 0;
      for (String cue : book.cues().get(Cue.NEGATION_AFTER)) {
        n = Math.max(n, matchAt(words, i, cue));
      }
      if (n == 0) {
        continue;
      }
      // "make product photos, not needed to be realistic": nothing of the phrase before the cue
      for (int j = i - 1; j >= Math.max(0, i - NEGATION_REACH); j--) {
        if (breaksBetween(clause, words, j, j + 1)
            || book.cues().get(Cue.SCOPE_END).contains(words.get(j).text())) {
          break; // "images but text is not needed" rules out the text only
        }
        negated[j] = true;
      }
    }
    for (int i = 0; i < negated.length; i++) {
      negated[i] |= takenBack[i];
    }
    return negated;
  }

  private static final Pattern ASKED = Pattern.compile("\\?");

  /**
   * A bare "no" that answers the question before it, followed by what is wanted instead, takes that
   * question back: "a video of our shop? no, just a picture" rules out the video, back to the start
   * of the question's phrase, when that phrase is at most {@value #NEGATION_REACH} words.
   */
  static boolean[] takenBack(String clause, List<Words.Word> words) {
    boolean[] negated = new boolean[words.size()];
    for (int i = 1; i + 1 < words.size(); i++) {
      // a correction follows: "does it have to be perfect? no" answers, and takes nothing back
      if (words.get(i).text().equals("no")
          && breaksBetween(clause, words, i - 1, i, ASKED)
          && breaksBetween(clause, words, i, i + 1)) {
        int start = i - 1;
        while (start > 0 && !breaksBetween(clause, words, start - 1, start)) {
          start--;
        }
        // "I need alt text for 500 product photos does it have to be perfect? no, ...": a run-on
        // question is no thing offered and taken back
        if (i - start <= NEGATION_REACH) {
          java.util.Arrays.fill(negated, start, i, true);
        }
      }
    }
    return negated;
  }
}
