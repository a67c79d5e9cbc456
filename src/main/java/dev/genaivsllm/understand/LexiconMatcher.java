package dev.genaivsllm.understand;

import dev.genaivsllm.model.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lexicon's everyday phrases in a text ("make things up", "pics") and says which of the
 * field's terms each stands for (hallucination, image). Phrases match on stems, word for word;
 * where two phrases start at one word, the longer wins.
 */
public final class LexiconMatcher {
  public static final LexiconMatcher NONE = new LexiconMatcher(Lexicon.EMPTY);

  /** One everyday phrase: its stems, and the stems of the term it means. */
  private record Phrase(List<String> stems, String term, List<String> termStems) {}

  /** A phrase found in a text: the words {@code [start, end)} mean {@code term}. */
  public record Match(int start, int end, String term, List<String> termStems) {}

  private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  public LexiconMatcher(Lexicon lexicon) {
    this(lexicon, java.util.Set.of());
  }

  /**
   * @param names names of the texts being matched (titles, aliases): an everyday phrase that is
   *     itself one of them ("stable diffusion") is read as the name, not replaced by the term it
   *     stands for ("image generator")
   */
  public LexiconMatcher(Lexicon lexicon, java.util.Set<String> names) {
    java.util.Set<List<String>> named = new java.util.HashSet<>();
    names.forEach(n -> named.add(stems(n)));
    for (Lexicon.Term t : lexicon.terms()) {
      List<String> termStems = stems(t.term());
      terms.add(t.term());
      for (String means : t.means()) {
        List<String> stems = stems(means);
        if (!stems.isEmpty() && !named.contains(stems)) {
          byFirstStem
              .computeIfAbsent(stems.get(0), k -> new ArrayList<>())
              .add(new Phrase(stems, t.term(), termStems));
        }
      }
    }
    byFirstStem.values().forEach(l -> l.sort((a, b) -> b.stems().size() - a.stems().size()));
  }

  /** Every term of the lexicon: words a reader should know. */
  public List<String> terms() {
    return List.copyOf(terms);
  }

  /** Every phrase found in these words, left to right; matches may overlap. */
  public List<Match> find(List<Words.Word> words) {
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Phrase p : byFirstStem.getOrDefault(words.get(i).stem(), List.of())) {
        if (matchesAt(words, i, p.stems())) {
          found.add(new Match(i, i + p.stems().size(), p.term(), p.termStems()));
        }
      }
    }
    return found;
  }

  private static boolean matchesAt(List<Words.Word> words, int i, List<String> stems) {
    if (i + stems.size() > words.size()) {
      return false;
    }
    for (int j = 0; j < stems.size(); j++) {
      if (!words.get(i + j).stem().equals(stems.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> stems(String text) {
    return Words.of(text).stream().map(Words.Word::stem).toList();
  }
}
