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
  private final List<List<Words.Word>> field;
  private final List<List<Words.Word>> elsewhere;
  private final List<List<Words.Word>> requests;

  public FieldSigns(Lexicon lexicon) {
    field = words(lexicon.field());
    elsewhere = words(lexicon.elsewhere());
    requests = words(lexicon.requests());
  }

  private static List<List<Words.Word>> words(List<String> phrases) {
    return phrases.stream().map(Words::of).filter(w -> !w.isEmpty()).toList();
  }

  /** The stems of the words that put these words in the field; empty when none do. */
  public Set<String> field(List<Words.Word> words) {
    Set<String> stems = new HashSet<>();
    field.stream()
        .filter(phrase -> said(words, phrase))
        .forEach(phrase -> phrase.forEach(w -> stems.add(w.stem())));
    return stems;
  }

  /**
   * Whether these words ask for something elsewhere: an account, a price, a salary anywhere in
   * them, or, in their first words after a polite opener, a job done ("please write me a poem"),
   * unless they also ask what, why or how ("write me a poem, what is a transformer"; not "how does
   * it 'summarise this'").
   */
  public boolean elsewhere(List<Words.Word> words) {
    if (elsewhere.stream().anyMatch(phrase -> said(words, phrase))) {
      return true;
    }
    if (words.stream().anyMatch(w -> ASKS.contains(w.text()))) {
      return false;
    }
    int start = 0;
    while (start < words.size() && POLITE.contains(words.get(start).text())) {
      start++;
    }
    final int opening = start;
    return requests.stream().anyMatch(phrase -> Words.phraseAt(words, opening, phrase) > 0);
  }

  /** Whether the phrase is said anywhere in these words. */
  private static boolean said(List<Words.Word> words, List<Words.Word> phrase) {
    for (int i = 0; i < words.size(); i++) {
      if (Words.phraseAt(words, i, phrase) > 0) {
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
}
