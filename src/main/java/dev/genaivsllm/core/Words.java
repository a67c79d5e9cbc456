package dev.genaivsllm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into lower-case words with a light stem, keeping where each word was. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "in",
          "into", "is", "it", "its", "of", "on", "or", "the", "to", "vs", "what", "when", "which",
          "who", "why", "with");

  /** A word of a text: its lower-case form, its stem and its span. */
  record Word(String text, String stem, int start, int end) {}

  private Words() {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      words.add(new Word(word, stem(word), m.start(), m.end()));
    }
    return words;
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
