package dev.genaivsllm.core;

import static dev.genaivsllm.core.DataDirection.CUE_WINDOW;
import static dev.genaivsllm.core.WordSpans.breaksBetween;

import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;

/**
 * The verbs that make something new ("generate", "draw", "make") and the words that say data is
 * already someone's ("my", "these"), as the recommend rules read them before a kind of data.
 */
final class MakingVerbs {
  private MakingVerbs() {}

  /**
   * Whether a verb that makes something new comes shortly before the kind at word {@code i}, in the
   * same clause: "write product blurbs into the catalogue". Remaking verbs ("make", "turn", "get")
   * are not among them: "make the old photos into a short video".
   */
  static boolean createdBefore(String clause, List<Words.Word> words, int i) {
    // "synthesize my text into speech": what is theirs is given, not made
    return verbBefore(
        clause, words, i, w -> CREATING.contains(w.stem()), w -> OWNED.contains(w.text()));
  }

  /**
   * Whether a word {@code verb} takes comes shortly before word {@code i}, in its phrase, with no
   * word {@code stop} takes between them.
   */
  private static boolean verbBefore(
      String clause,
      List<Words.Word> words,
      int i,
      java.util.function.Predicate<Words.Word> verb,
      java.util.function.Predicate<Words.Word> stop) {
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      if (breaksBetween(clause, words, j, j + 1) || stop.test(words.get(j))) {
        return false;
      }
      if (verb.test(words.get(j))) {
        return true;
      }
    }
    return false;
  }

  static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Words that say the data already exists: "my voice memos", "these photos". */
  static final Set<String> OWNED =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("these", "those", "this"), TaskFrames.POSSESSIVES.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The stems of verbs that make something new, not remake what is given. */
  private static final Set<String> CREATING =
      Words.stems(
          "generate",
          "create",
          "write",
          "produce",
          "draw",
          "compose",
          "synthesize",
          "synthesise",
          "design",
          "render",
          "paint",
          "illustrate",
          "invent",
          "draft");

  /**
   * Whether a making verb ("design", "make"; not "want") comes shortly before word {@code i}, in
   * its phrase.
   */
  static boolean madeBefore(String clause, List<Words.Word> words, int i) {
    return verbBefore(
        clause, words, i, w -> CREATING.contains(w.stem()) || w.stem().equals(MAKE), w -> false);
  }

  private static final String MAKE = Words.stem("make");
}
