package dev.genaivsllm.core;

import dev.genaivsllm.understand.Reading;
import java.util.regex.Pattern;

/**
 * Whether a question types an entry's title in its own capitals ("small 'LoRA' files", "GANs"):
 * that is how the field writes the name, so it is no everyday word to doubt ("a rag", "LoRa radio",
 * "GaN chargers" are not typed so). It only lifts that doubt: the question must still clear the
 * floor, since people write "a RAG doll" and "a RAG (red, amber, green) rating" too. A question
 * typed all in capitals tells nothing this way.
 */
final class Capitals {
  private Capitals() {}

  static boolean name(EntryIndex.Entry e, Reading r) {
    String title = e.title();
    if (title.chars().filter(Character::isUpperCase).count() < 2) {
      return false; // "Temperature", "Diffusion model": no acronym to type
    }
    String text = r.text();
    long letters = text.chars().filter(Character::isLetter).count();
    long upper = text.chars().filter(Character::isUpperCase).count();
    if (upper * 2 > letters) {
      return false; // "WHAT IS A RAG": shouted, every word alike
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(title) + "s?(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }
}
