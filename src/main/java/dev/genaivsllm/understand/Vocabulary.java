package dev.genaivsllm.understand;

import dev.genaivsllm.match.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a body of text knows (a pack's entries, a recommend family's examples), as stems with
 * the number of documents each occurs in, so that a rare word counts for more than a common one,
 * and so that a typed word the text does not know can be read as the known word it most likely was:
 * a typo ("halucination"), or the start of one ("diffus").
 */
public final class Vocabulary {
  /** How much a near word counts against the word itself. */
  static final double PREFIX = 0.6;

  static final double TYPO = 0.9;

  /** How many first letters a real English word shares with a word it may be replaced by. */
  private static final int SAME_START = 5;

  /** How many letters at its end another form of a word may change ({@link #sameStart}). */
  private static final int OWN_ENDING = 2;

  private final Map<String, Integer> frequency;
  private final Map<String, String> surface;
  private final Map<String, String> words;
  private final int documents;

  private Vocabulary(
      Map<String, Integer> frequency,
      Map<String, String> surface,
      Map<String, String> words,
      int documents) {
    this.frequency = Sorted.copy(frequency);
    this.surface = Sorted.copy(surface);
    this.words = Sorted.copy(words);
    this.documents = Math.max(1, documents);
  }

  /** A known word a typed word was read as, and how sure the reading is. */
  public record Near(String stem, double quality) {}

  /** Builds a vocabulary one document at a time. */
  public static final class Builder {
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Map<String, String> surface = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private int documents;

    /** Counts the distinct stems of one document's words, stop words left out. */
    public Builder document(String text) {
      documents++;
      Set<String> stems = new HashSet<>();
      for (Words.Word w : Words.of(text)) {
        if (Words.isStop(w.text())) {
          continue;
        }
        if (stems.add(w.stem())) {
          frequency.merge(w.stem(), 1, Integer::sum);
        }
        prefer(w);
      }
      return this;
    }

    /** The shortest written form of a stem names it ("transformer", not "transformers"). */
    private void prefer(Words.Word w) {
      words.putIfAbsent(w.text(), w.stem());
      surface.merge(
          w.stem(),
          w.text(),
          (old, now) ->
              now.length() < old.length() || now.length() == old.length() && now.compareTo(old) < 0
                  ? now
                  : old);
    }

    /** Knows the words of these texts without counting a document (what a lexicon adds). */
    public Builder know(Collection<String> texts) {
      for (String text : texts) {
        for (Words.Word w : Words.of(text)) {
          frequency.putIfAbsent(w.stem(), 0);
          prefer(w);
        }
      }
      return this;
    }

    public Vocabulary build() {
      return new Vocabulary(frequency, surface, words, documents);
    }
  }

  /** A word as the texts write it, for a stem they know (the stem itself otherwise). */
  public String word(String stem) {
    return surface.getOrDefault(stem, stem);
  }

  public boolean knows(String stem) {
    return frequency.containsKey(stem);
  }

  /**
   * How likely a typed word meant this near word rather than the commonest of the near words that
   * typo found: the share of the commonest's document count this one has. The slip itself says
   * nothing of which was meant, so the commoner word is the likelier ("modles" is "models" far more
   * often than "modules"), while the rare word's weight in a text would otherwise have the larger
   * say.
   */
  public double likelihood(Near n, List<Near> found) {
    int most = found.stream().mapToInt(x -> frequency.getOrDefault(x.stem(), 0)).max().orElse(0);
    return most == 0 ? 1 : (double) frequency.getOrDefault(n.stem(), 0) / most;
  }

  /**
   * How rare a stem is, from {@code ln(1 + N / (df + 0.5))}: a word in every document counts
   * little, a word in one document the most, and a word in none like that.
   */
  public double idf(String stem) {
    int df = Math.max(1, frequency.getOrDefault(stem, 0));
    return StrictMath.log(1 + documents / (df + 0.5));
  }

  /**
   * The known words a word this vocabulary does not know most likely stands for: words it begins (a
   * prefix of at least four letters), and written words within one typo (five letters or more) or
   * two (nine or more) of it ("trainig" is "training"), with the same first letter, unless it has a
   * digit in it: a number is not misspelt. When the word is one letter short of some known words,
   * or has two neighbouring letters swapped (the commonest slips), only those are kept of the
   * typos: "transformr" is "transformer", not also "transform"; "modles" is "models" as well as
   * "modules". The word itself is never corrected when it is known, however close another word is.
   * At most three, the closest and commonest first.
   */
  public List<Near> near(String word, String stem) {
    if (knows(stem) || word.length() < 4) {
      return List.of();
    }
    List<Near> found = new ArrayList<>();
    // a number is not misspelt: "100mb" is not the model size "100b", nor "40k" a typo of "4k"
    boolean number = word.chars().anyMatch(Character::isDigit);
    int allowed = number ? 0 : word.length() >= 9 ? 2 : word.length() >= 5 ? 1 : 0;
    Set<String> seen = new HashSet<>();
    for (String known : frequency.keySet()) {
      // the typed word itself, not its stem: "buzzing" is a whole word, not the start of "buzzword"
      if (known.length() > stem.length() && known.startsWith(stem) && known.startsWith(word)) {
        found.add(new Near(known, PREFIX));
        seen.add(known);
      }
    }
    // the known words the typed word is one letter short of, or has two letters swapped in: a
    // dropped letter and a swap are the commonest slips, so "transformr" is "transformer", not also
    // "transform", and "modles" is "models", not only "modules"
    Set<String> slips = new HashSet<>();
    if (allowed > 0) {
      // typos are measured between written words ("trainig" is one from "training"), not stems
      for (Map.Entry<String, String> e : words.entrySet()) {
        String written = e.getKey();
        // a typo keeps the first letter: "speach" is "speech", but "particle" is not "article"
        if (Math.abs(written.length() - word.length()) <= allowed
            && !written.isEmpty()
            && written.charAt(0) == word.charAt(0)) {
          int distance = EditDistance.between(word, written);
          if (distance == 1 && (written.length() == word.length() + 1 || swapped(word, written))) {
            slips.add(e.getValue());
          }
          if (distance <= allowed && seen.add(e.getValue())) {
            found.add(new Near(e.getValue(), distance == 1 ? TYPO : TYPO * 0.8));
          }
        }
      }
    }
    if (!slips.isEmpty()) {
      found.removeIf(n -> n.quality() != PREFIX && !slips.contains(n.stem()));
    }
    double best = found.stream().mapToDouble(Near::quality).max().orElse(0);
    found.removeIf(n -> n.quality() < best && n.quality() < PREFIX);
    found.sort(
        Comparator.comparingDouble(Near::quality)
            .reversed()
            .thenComparing(n -> -frequency.get(n.stem()))
            .thenComparing(Near::stem));
    return found.size() > 3 ? List.copyOf(found.subList(0, 3)) : List.copyOf(found);
  }

  /** Whether two words of one length differ only by two neighbouring letters swapped. */
  private static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
  }

  /**
   * The known words a word may be replaced by: those {@link #near} finds, except that a common
   * English word ({@link EnglishWords}) is read only as a word with the same first five letters
   * that differs from it in no more than its last two, another form of itself ("simulator" as
   * "simulate", "customise" as "customize"; not always: "contrast" may still be read as
   * "contract"), never as a word that differs earlier ("truck" is not "track", "spreading" not
   * "speaking"). Search keeps the looser {@link #near}, where a near word only adds a little to a
   * score.
   */
  public List<Near> corrections(String word, String stem) {
    List<Near> near = near(word, stem);
    if (near.isEmpty() || !EnglishWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
      return near;
    }
    return near.stream().filter(n -> sameStart(word, word(n.stem()))).toList();
  }

  /** Whether a word is a common English word, never a typo of another ({@link EnglishWords}). */
  public static boolean commonWord(String word) {
    return EnglishWords.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether two words begin with the same {@value #SAME_START} letters, and differ in at most the
   * last {@value #OWN_ENDING} letters of the shorter: another form of one word ("simulator",
   * "simulate"), not another word that starts alike ("interval", "internal").
   */
  private static boolean sameStart(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int shared = 0;
    while (shared < shorter && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    return shared >= Math.max(SAME_START, shorter - OWN_ENDING);
  }
}
