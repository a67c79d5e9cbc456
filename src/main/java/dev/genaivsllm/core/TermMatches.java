package dev.genaivsllm.core;

import dev.genaivsllm.match.EditDistance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the terms of one search query match the words of a text: exactly (after plurals are
 * folded), as a prefix ("diffus" finds "diffusion") or a shared stem, or within one or two typos.
 * Worked out once per distinct stem of a search, since the same words recur across a pack's entries
 * and a near miss costs an edit distance.
 */
final class TermMatches {
  private static final double EXACT = 1.0;
  private static final double PREFIX = 0.6;
  private static final double TYPO = 0.4;

  private final List<String> terms;
  private final Map<String, double[]> byStem = new HashMap<>();

  TermMatches(List<String> terms) {
    this.terms = terms;
  }

  int size() {
    return terms.size();
  }

  /** The quality of every term against this stem, in the order of the terms. */
  double[] of(String stem) {
    double[] known = byStem.get(stem);
    if (known == null) {
      known = new double[terms.size()];
      for (int t = 0; t < known.length; t++) {
        known[t] = quality(terms.get(t), stem);
      }
      byStem.put(stem, known);
    }
    return known;
  }

  /** Whether any term matches this stem at all. */
  boolean any(String stem) {
    for (double q : of(stem)) {
      if (q > 0) {
        return true;
      }
    }
    return false;
  }

  /** 1 for the same stem, less for a prefix or a near miss, 0 for no match. */
  static double quality(String term, String stem) {
    if (stem.equals(term)) {
      return EXACT;
    }
    if (term.length() >= 3 && stem.startsWith(term) || sharedStem(term, stem)) {
      return PREFIX;
    }
    int allowed = term.length() >= 8 ? 2 : term.length() >= 5 ? 1 : 0;
    if (allowed > 0
        && Math.abs(stem.length() - term.length()) <= allowed
        && EditDistance.between(term, stem) <= allowed) {
      return TYPO;
    }
    return 0;
  }

  /** "evaluated" and "evaluation": a long common beginning, differing only in the ending. */
  private static boolean sharedStem(String a, String b) {
    int common = 0;
    int max = Math.min(a.length(), b.length());
    while (common < max && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 5 && common >= 0.7 * max;
  }
}
