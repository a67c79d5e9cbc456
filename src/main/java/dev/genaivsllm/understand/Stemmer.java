package dev.genaivsllm.understand;

/**
 * A light English stemmer, so that the forms people type meet the forms the pack writes:
 * "hallucinations", "hallucinate" and "hallucinating" all become "hallucinat"; "trained" and
 * "training" become "train"; "summarize" and "summarization" become "summariz". It removes only
 * endings it is sure of, and keeps words apart that a heavier stemmer joins: "general" and
 * "generative" stay different (Porter's algorithm makes both "gener"), and so do "transformer" and
 * "transform". Short words lose only a plural "s" and a final "e" ("make" and "making" meet as
 * "mak"). British spellings meet American ones ("memorise" and "memorize", "analyse" and "analyze",
 * "behaviour" and "behavior", "modelling" and "modeling"), since people ask in both and the pack
 * writes one. What matters most is that every form is stemmed the same way on both sides.
 */
final class Stemmer {
  /** Words whose final "e" stays, so they do not become another word ("note" is not "not"). */
  private static final java.util.Set<String> KEEP_E = java.util.Set.of("note", "none", "mode");

  /** Words that end in "ed" without being a past form. */
  private static final java.util.Set<String> KEEP_ED =
      java.util.Set.of("embed", "imbed", "shred", "hundred", "sacred", "naked", "wicked");

  private Stemmer() {}

  /**
   * Words whose "-ing" form is a word of its own: a "living room" is not "live", and "a recording"
   * is audio where "a record" is a row.
   */
  private static final java.util.Set<String> KEEP_ING =
      java.util.Set.of("living", "evening", "recording");

  static String stem(String word) {
    String w = plural(word);
    if (KEEP_ING.contains(w)) {
      return w;
    }
    if (w.length() <= 3 || !isLatin(w)) {
      return w;
    }
    if (w.length() > 4) {
      w = suffix(w);
    }
    if (w.length() >= 4 && w.endsWith("e") && !w.endsWith("ee") && !KEEP_E.contains(w)) {
      w = w.substring(0, w.length() - 1);
    }
    return american(w);
  }

  /**
   * The letters before a British "-ise" that make it the American "-ize" ("memoris", "tokenis",
   * "recognis"); "promise", "noise", "advertise" and "supervise" have none of them.
   */
  private static final java.util.List<String> ISE_AFTER =
      java.util.List.of("al", "ar", "or", "im", "gn", "ic", "er", "it", "en", "on", "at");

  /** The American form of a British stem: "-is(e)" to "-iz", "-ys(e)" to "-yz", "-our" to "-or". */
  private static String american(String w) {
    int n = w.length();
    if (n >= 6 && w.endsWith("is") && ISE_AFTER.contains(w.substring(n - 4, n - 2))) {
      return w.substring(0, n - 1) + "z";
    }
    if (n >= 6 && w.endsWith("lys")) {
      return w.substring(0, n - 1) + "z";
    }
    if (n >= 6
        && (w.endsWith("lour")
            || w.endsWith("vour")
            || w.endsWith("bour")
            || w.endsWith("mour")
            || w.endsWith("nour"))) {
      return w.substring(0, n - 2) + "r";
    }
    if (n >= 7 && w.endsWith("iour")) {
      return w.substring(0, n - 2) + "r";
    }
    return w;
  }

  /** Words that end in "s" without being plurals of another word: the news is not "new". */
  private static final java.util.Set<String> KEEP_S = java.util.Set.of("news", "physics");

  /** Plurals and third persons: "strategies" to "strategy", "models" to "model". */
  private static String plural(String w) {
    if (KEEP_S.contains(w)) {
      return w;
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && !w.endsWith("ous")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String suffix(String w) {
    String[][] rules = {
      {"izations", "iz"},
      {"ization", "iz"},
      {"isation", "iz"},
      {"ification", "ify"},
      {"ations", "at"},
      {"ation", "at"},
      {"ative", "at"},
      {"ingly", ""},
      {"ings", ""},
      {"ing", ""},
      {"ied", "y"},
      {"ier", "y"},
      {"ed", ""},
      {"ly", ""},
    };
    for (String[] rule : rules) {
      if (rule[0].equals("ed") && (w.endsWith("eed") || KEEP_ED.contains(w))) {
        return w;
      }
      if (w.endsWith(rule[0]) && !(rule[0].equals("ly") && w.length() < 7)) {
        String base = w.substring(0, w.length() - rule[0].length()) + rule[1];
        if (base.length() >= 3 && hasVowel(base)) {
          return undouble(base, rule[0]);
        }
        return w;
      }
    }
    return w;
  }

  /** "running" to "run", "stopped" to "stop"; "installed" keeps "install", "passed" "pass". */
  private static String undouble(String base, String removed) {
    if (!(removed.startsWith("ing") || removed.equals("ed")) || base.length() < 4) {
      return base;
    }
    char last = base.charAt(base.length() - 1);
    if (last == base.charAt(base.length() - 2) && "lsz".indexOf(last) < 0 && !isVowel(last)) {
      return base.substring(0, base.length() - 1);
    }
    // British "modelled", "labelling": no English verb stem ends in "-ell" after five letters
    if (base.length() >= 6 && base.endsWith("ell")) {
      return base.substring(0, base.length() - 1);
    }
    return base;
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i)) || s.charAt(i) == 'y' && i > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static boolean isLatin(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
