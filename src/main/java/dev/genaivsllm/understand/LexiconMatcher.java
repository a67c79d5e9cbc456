package dev.genaivsllm.understand;

import dev.genaivsllm.model.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lexicon's everyday phrases in a text ("make things up", "pics") and says which of the
 * field's terms each stands for (hallucination, image). Phrases match on stems, word for word,
 * passing over articles, possessives and object pronouns on either side ("train it on my data"
 * meets "train on our data", "make up facts" meets "make up the facts"); where two phrases start at
 * one word, the longer wins.
 */
public final class LexiconMatcher {
  public static final LexiconMatcher NONE = new LexiconMatcher(Lexicon.EMPTY);

  /** One everyday phrase: its stems, and the stems of the term it means. */
  private record Phrase(List<String> stems, String term, List<String> termStems) {}

  /** A phrase found in a text: the words {@code [start, end)} mean {@code term}. */
  public record Match(int start, int end, String term, List<String> termStems) {}

  /** Words a phrase passes over: which article or whose, they do not change what is meant. */
  private static final java.util.Set<String> FILLER =
      java.util.Set.of(
          "a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "this", "that",
          "these", "those", "it", "them", "me", "us", "some");

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
      List<String> termStems = termStems(t.term());
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
        int end = endOfMatch(words, i, p.stems());
        if (end > i) {
          found.add(new Match(i, end, p.term(), p.termStems()));
        }
      }
    }
    return found;
  }

  /** Where the phrase ends when it starts at word {@code i}, passing over fillers; else -1. */
  private static int endOfMatch(List<Words.Word> words, int i, List<String> stems) {
    int at = i;
    for (int j = 0; j < stems.size(); j++) {
      while (j > 0 && at < words.size() && isFiller(words.get(at).text())) {
        at++;
      }
      if (at >= words.size() || !words.get(at).stem().equals(stems.get(j))) {
        return -1;
      }
      at++;
    }
    return at;
  }

  private static boolean isFiller(String word) {
    return FILLER.contains(word);
  }

  /**
   * The stems a term stands for in a reading: its words but stop words ("mixture of experts" is
   * mixture and experts), which no entry's text is indexed by and so could only weigh a question
   * down as a word nothing uses.
   */
  private static List<String> termStems(String term) {
    List<String> kept =
        Words.of(term).stream().filter(w -> !Words.isStop(w.text())).map(Words.Word::stem).toList();
    return kept.isEmpty() ? stems(term) : kept;
  }

  /**
   * The stems a phrase is matched by: its words' stems without fillers ("our handbook" is matched
   * as "handbook"), unless it is nothing but fillers.
   */
  public static List<String> stems(String text) {
    List<Words.Word> words = Words.of(text);
    List<String> kept =
        words.stream().filter(w -> !isFiller(w.text())).map(Words.Word::stem).toList();
    return kept.isEmpty() ? words.stream().map(Words.Word::stem).toList() : kept;
  }
}
