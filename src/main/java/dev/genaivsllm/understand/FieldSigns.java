package dev.genaivsllm.understand;

import dev.genaivsllm.model.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a text says about where it belongs, from the lexicon's {@code field} and {@code elsewhere}
 * lists: words that put it in this field ("chatgpt", "image generator"), and phrases that ask for
 * something no explanation gives ("cancel my subscription"), or, first, a job done ("write me a
 * poem"). A phrase matches its words' stems in order, every word counting: "write me" is not
 * "write".
 */
public final class FieldSigns {
  private final List<List<String>> field;
  private final List<List<String>> elsewhere;
  private final List<List<String>> requests;

  public FieldSigns(Lexicon lexicon) {
    field = stems(lexicon.field());
    elsewhere = stems(lexicon.elsewhere());
    requests = stems(lexicon.requests());
  }

  private static List<List<String>> stems(List<String> phrases) {
    return phrases.stream()
        .map(p -> Words.of(p).stream().map(Words.Word::stem).toList())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The stems of the words that put these words in the field; empty when none do. */
  public Set<String> field(List<Words.Word> words) {
    Set<String> stems = new HashSet<>();
    for (List<String> phrase : field) {
      for (int i = 0; i + phrase.size() <= words.size(); i++) {
        if (at(words, i, phrase)) {
          stems.addAll(phrase);
        }
      }
    }
    return stems;
  }

  /**
   * Whether these words ask for something elsewhere: an account, a price, a salary anywhere in
   * them, or, in their first words after a polite opener, a job done ("please write me a poem"),
   * unless they also ask what, why or how ("write me a poem, what is a transformer"; not "how does
   * it 'summarise this'").
   */
  public boolean elsewhere(List<Words.Word> words) {
    for (List<String> phrase : elsewhere) {
      for (int i = 0; i + phrase.size() <= words.size(); i++) {
        if (at(words, i, phrase)) {
          return true;
        }
      }
    }
    int start = 0;
    while (start < words.size() && POLITE.contains(words.get(start).text())) {
      start++;
    }
    boolean asks = words.stream().anyMatch(w -> ASKS.contains(w.text()));
    for (List<String> phrase : requests) {
      if (!asks && start + phrase.size() <= words.size() && at(words, start, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Words that may open a request before what is asked for: "please", "can you". */
  private static final Set<String> POLITE =
      Set.of("please", "pls", "plz", "can", "could", "would", "will", "you", "hey", "hi", "ok");

  /** Words that ask for an explanation, which a request for a job done does not. */
  private static final Set<String> ASKS = Set.of("what", "why", "how", "whats");

  private static boolean at(List<Words.Word> words, int i, List<String> phrase) {
    for (int j = 0; j < phrase.size(); j++) {
      if (!words.get(i + j).stem().equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }
}
