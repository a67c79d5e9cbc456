package dev.genaivsllm.core;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where things stand in a goal's words, for the recommend rules: whether a phrase starts or ends at
 * a word, whether punctuation separates two words, which kinds of data a stretch of words names.
 */
final class WordSpans {
  /** Punctuation that ends a phrase; a dash only between spaces ("fine-tune" is one word). */
  private static final Pattern BREAK = Pattern.compile("[,;:.!?()—–]|\\s-+\\s");

  private WordSpans() {}

  /** How many words a phrase covers when it starts at word {@code i}; 0 when it does not match. */
  static int matchAt(List<Words.Word> words, int i, String phrase) {
    return Words.phraseAt(words, i, Words.of(phrase));
  }

  static boolean startsWithAny(List<Words.Word> words, int i, List<String> phrases) {
    return phrases.stream().anyMatch(p -> matchAt(words, i, p) > 0);
  }

  /**
   * Whether people a result is for are named from word {@code k}, before word {@code before}:
   * "students", "our customers", "the whole team", "blind visitors".
   */
  static boolean audienceAt(SignalBook.Cues cues, List<Words.Word> words, int k, int before) {
    if (k < before && cues.get(Cue.DETERMINERS).contains(words.get(k).text())) {
      k++;
    }
    // one word may describe them
    for (int at = k; at < Math.min(before, k + 2); at++) {
      if (startsWithAny(words, at, cues.get(Cue.AUDIENCE))) {
        return true;
      }
    }
    return false;
  }

  /** Where the first of these phrases said anywhere in the words starts; -1 when none is. */
  static int firstOfAny(List<Words.Word> words, List<String> phrases) {
    return java.util.stream.IntStream.range(0, words.size())
        .filter(i -> startsWithAny(words, i, phrases))
        .findFirst()
        .orElse(-1);
  }

  /** Whether punctuation separates words {@code a} and {@code b} of the clause. */
  static boolean breaksBetween(String clause, List<Words.Word> words, int a, int b) {
    return breaksBetween(clause, words, a, b, BREAK);
  }

  /**
   * Whether this punctuation separates words {@code a} and {@code b}. Words read from one lexicon
   * phrase share its span, so nothing lies between them.
   */
  static boolean breaksBetween(
      String clause, List<Words.Word> words, int a, int b, Pattern punctuation) {
    int from = words.get(a).end();
    int to = words.get(b).start();
    return from < to && punctuation.matcher(clause.substring(from, to)).find();
  }

  /** Whether word {@code j} is joined to the word before it by a hyphen: "walk-through". */
  static boolean hyphenated(String clause, List<Words.Word> words, int j) {
    return j > 0
        && words.get(j - 1).end() + 1 == words.get(j).start()
        && clause.charAt(words.get(j - 1).end()) == '-';
  }

  /**
   * Whether a sentence ends between words {@code a} and {@code b}. Two words read from one lexicon
   * phrase ("nearest neighbour") share its span, so there is nothing between them.
   */
  static boolean sentenceEndsBetween(String clause, List<Words.Word> words, int a, int b) {
    return breaksBetween(clause, words, a, b, SENTENCE_END);
  }

  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[.;?!]");

  /** Whether a quotation opens right after word {@code i}: what is quoted is text. */
  static boolean quoted(String clause, List<Words.Word> words, int i) {
    int from = words.get(i).end();
    int to = i + 1 < words.size() ? words.get(i + 1).start() : clause.length();
    return from < to && clause.substring(from, to).matches(".*[\"'‘“].*");
  }

  /** The kinds of data named by phrases that start in words [from, to). */
  static Set<Modality> kindsAt(SignalBook book, List<Words.Word> words, int from, int to) {
    Set<Modality> kinds = EnumSet.noneOf(Modality.class);
    for (int j = from; j < Math.min(words.size(), to); j++) {
      for (Map.Entry<Modality, List<String>> kind : book.modalities().entrySet()) {
        if (startsWithAny(words, j, kind.getValue())) {
          kinds.add(kind.getKey());
        }
      }
    }
    return kinds;
  }

  /** Whether a kind of data's words start anywhere in words [from, to). */
  static boolean namesKind(SignalBook book, List<Words.Word> words, int from, int to) {
    return !kindsAt(book, words, from, to).isEmpty();
  }

  /**
   * Whether one of the phrases of at least {@code fewest} words ends at word {@code last}: a cue of
   * several words ("look at", "listen to"), or a describing noun ("alt text", "captions").
   */
  static boolean endsWithAny(List<Words.Word> words, int last, List<String> phrases, int fewest) {
    for (String phrase : phrases) {
      int n = Words.of(phrase).size();
      if (n >= fewest && last - n + 1 >= 0 && matchAt(words, last - n + 1, phrase) == n) {
        return true;
      }
    }
    return false;
  }

  /** Whether "for" is one of the {@code reach} words before word {@code i}. */
  static boolean forWithin(List<Words.Word> words, int i, int reach) {
    return within(words, i, reach, "for");
  }

  /** Whether "from" is one of the {@code reach} words before word {@code i}. */
  static boolean fromWithin(List<Words.Word> words, int i, int reach) {
    return within(words, i, reach, "from");
  }

  private static boolean within(List<Words.Word> words, int i, int reach, String word) {
    for (int j = i - 1; j >= Math.max(0, i - reach); j--) {
      if (words.get(j).text().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
