package dev.genaivsllm.core;

import static dev.genaivsllm.core.DataDirection.CUE_WINDOW;
import static dev.genaivsllm.core.MakingVerbs.OWNED;
import static dev.genaivsllm.core.WordSpans.breaksBetween;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;

/**
 * When the word "voice" in a goal is speech to make: a voice heard saying something ("a voice
 * reading my product story"), or the voice something is read out in ("in a calm friendly voice").
 */
final class SpokenVoice {
  private final SignalBook book;

  /** The stems of the words that say something is heard ("reading", "says"). */
  private final Set<String> heardStems;

  SpokenVoice(SignalBook book) {
    this.book = book;
    this.heardStems = Words.stems(book.cues().get(Cue.HEARD));
  }

  /** The words for a voice that "in a ... voice" qualifies (not voicemail or voiceover). */
  private static final Set<String> VOICE = Set.of("voice", "voices");

  /**
   * Whether a voice named by the word {@code i} alone is heard saying something: "a voice reading".
   * Not "my voice saying hello" or "a voice note saying", and not where a cue before it already
   * says which way it goes ("transcribe a voice saying the order numbers").
   */
  boolean heard(String clause, List<Words.Word> words, int i, int end) {
    if (end != i + 1 || !VOICE.contains(words.get(i).text())) {
      return false;
    }
    if (!heardStems.contains(words.get(end).stem())) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        break;
      }
      String w = words.get(j).text();
      if (OWNED.contains(w)
          || book.cues().get(Cue.INPUT).contains(w)
          || book.cues().get(Cue.OUTPUT).contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "read out in a cheerful voice", "announcements in a calm friendly voice": the voice says how
   * what comes out sounds, so speech comes out; it is not what goes in. Up to three words (a
   * determiner, adjectives) stand between "in" and it. It is speech coming out only where the
   * clause says something is heard (the {@code heard} cues); else a style ("in the passive voice").
   */
  static boolean inAVoice(String clause, List<Words.Word> words, int i, int end) {
    // "in the voice notes they send me": a kind of its own, not a voice
    if (!VOICE.contains(words.get(i).text()) || end > i + 1) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (breaksBetween(clause, words, j, j + 1)) {
        return false;
      }
      if (words.get(j).text().equals("in")) {
        return j < i - 1;
      }
    }
    return false;
  }
}
