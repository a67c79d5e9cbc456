package dev.genaivsllm.core;

import static dev.genaivsllm.core.WordSpans.breaksBetween;

import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;

/**
 * What a piece of code is asked to do: "python script to build rotation charts from my
 * spreadsheet", "a script that pulls our results into a dataframe and charts win rate". The code is
 * what is made; the kinds it handles are neither made nor read by the model. Not "turn this python
 * code to a diagram", where "to" before a determiner names what the code becomes; not past a comma
 * or a word that starts another job ("my python script is done, now generate an image").
 */
final class CodeAsked {
  /**
   * Code words that also name a service or a tool someone wants, not code they are given: "an api
   * that draws", "a program that turns my emails into speech".
   */
  private static final Set<String> NOT_WRITTEN_CODE =
      Set.of("api", "program", "programs", "function", "functions");

  /** Words that start a job of their own after code is asked for: "..., now generate a photo". */
  private static final Set<String> NEXT_JOB = Set.of("now", "then", "also");

  /** Words after a code word that say what it is to do: "a script that ...", "code to ...". */
  private static final Set<String> DOES = Set.of("that", "to", "which");

  /** The code kind's words, less those that also name a tool someone wants. */
  private final List<String> code;

  /** Articles and possessives: after "to" they name what the code becomes, not what it does. */
  private final Set<String> determiners;

  CodeAsked(List<String> codeWords, Set<String> determiners) {
    this.code = codeWords.stream().filter(w -> !NOT_WRITTEN_CODE.contains(w)).toList();
    this.determiners = determiners;
  }

  /** Whether the kind at word {@code i} is what code named before it, in its clause, is to do. */
  boolean does(String clause, List<Words.Word> words, int i) {
    for (int k = i - 1; k >= 1; k--) {
      String w = words.get(k).text();
      if (breaksBetween(clause, words, k, k + 1) || NEXT_JOB.contains(w)) {
        return false;
      }
      if (DOES.contains(w)
          && k + 1 < i
          && !determiners.contains(words.get(k + 1).text())
          && WordSpans.endsWithAny(words, k - 1, code, 1)) {
        return true;
      }
    }
    return false;
  }
}
