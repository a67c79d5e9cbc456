package dev.genaivsllm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into lower-case words with a light stem, keeping where each word was. */
final class Words {
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "in",
          "into", "is", "it", "its", "of", "on", "or", "the", "to", "vs", "what", "when", "which",
          "who", "why", "with");

  /** A word of a text: its lower-case form, its stem and its span. */
  record Word(String text, String stem, int start, int end) {}

  private Words() {}

  /**
   * The words of a text: runs of letters and numbers ({@code [\p{L}\p{N}]+}), found with a plain
   * loop rather than the regular expression, as search splits every field of a pack.
   */
  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < length && isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      words.add(new Word(word, stem(word), start, i));
    }
    return words;
  }

  /** Whether a code point is in {@code \p{L}} or {@code \p{N}}. */
  static boolean isWordChar(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER,
      Character.DECIMAL_DIGIT_NUMBER,
      Character.LETTER_NUMBER,
      Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  static boolean isStop(String word) {
    return STOP.contains(word);
  }

  /** The distinct stems of a query, without words too common to mean anything. */
  static List<String> queryTerms(String query) {
    List<String> terms = new ArrayList<>();
    for (Word w : of(query)) {
      if (!STOP.contains(w.text()) && !terms.contains(w.stem())) {
        terms.add(w.stem());
      }
    }
    return terms;
  }

  /** Plurals to singular, the way people type them: "hallucinations", "models", "strategies". */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
