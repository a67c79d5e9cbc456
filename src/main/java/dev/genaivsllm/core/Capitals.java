package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import java.util.regex.Pattern;

/**
 * Whether a question types an entry's title in its own capitals ("small 'LoRA' files", "GANs"):
 * that is how the field writes the name, so it is no everyday word to doubt ("a rag", "LoRa radio",
 * "GaN chargers" are not typed so). It only lifts that doubt: the question must still clear the
 * floor, since people write "a RAG doll" and "a RAG (red, amber, green) rating" too. A question
 * typed all in capitals tells nothing this way. An entry whose title has no acronym ("Mixture of
 * experts") is named so by a one-word name typed in mixed capitals ("Mixtral is 'MoE'", "CoT",
 * "RoPE"), as the field writes it; all in capitals it may be another body's initials ("the MOE
 * circular").
 */
final class Capitals {
  private Capitals() {}

  static boolean name(EntryIndex.Entry e, Reading r) {
    String title = e.title();
    String text = r.text();
    if (title.chars().filter(Character::isUpperCase).count() < 2) {
      // "Temperature", "Diffusion model": no acronym in the title to type
      return mixedCaseName(e, text);
    }
    long letters = text.chars().filter(Character::isLetter).count();
    long upper = text.chars().filter(Character::isUpperCase).count();
    if (upper * 2 > letters) {
      return false; // "WHAT IS A RAG": shouted, every word alike
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(title) + "s?(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }

  /** Whether the text types one of the entry's one-word names in mixed capitals ("MoE"). */
  private static boolean mixedCaseName(EntryIndex.Entry e, String text) {
    java.util.Set<String> oneWord = new java.util.HashSet<>();
    e.names().stream()
        .map(n -> n.weights().keySet())
        .filter(k -> k.size() == 1)
        .forEach(oneWord::addAll);
    java.util.regex.Matcher word = MIXED.matcher(text);
    while (word.find()) {
      String w = word.group().toLowerCase(java.util.Locale.ROOT);
      if (oneWord.contains(w)
          || w.endsWith("s") && oneWord.contains(w.substring(0, w.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A word with two capitals or more and a small letter among them: "MoE", "CoT", "RoPE". */
  private static final Pattern MIXED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?=\\p{L}*\\p{Ll})(?=(?:\\p{L}*\\p{Lu}){2})\\p{L}+(?![\\p{L}\\p{N}])");
}
