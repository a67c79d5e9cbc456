package dev.genaivsllm.core;

import dev.genaivsllm.match.EditDistance;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a goal written in everyday words into signals: which modalities it gives and wants, which
 * tasks and needs it names. Words match after plurals are folded and forgive small typos
 * ("sumarize", "imges"); a word right after a negation ("no images") does not count; a modality is
 * wanted as output when an output cue ("make", "into") comes shortly before it, else it is given as
 * input.
 */
final class GoalReader {
  private static final int CUE_WINDOW = 5;
  private static final int NEGATION_WINDOW = 3;

  private final SignalBook book;

  GoalReader(SignalBook book) {
    this.book = book;
  }

  /** The goal's steps: split where it says "then", "after that", ";" and the like. */
  List<String> clauses(String goal) {
    List<String> parts = new ArrayList<>();
    String cues =
        String.join(
            "|",
            book.sequence().stream()
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q"))
                .toList());
    String splitter = cues.isEmpty() ? "[;.]" : "(?i)[;.]|,?\\s+\\b(?:" + cues + ")\\b";
    for (String part : goal.split(splitter)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /**
   * Every signal in one clause, in the order of the words that triggered it. Tasks and needs are
   * read first, and a word they claim is not read again as a modality ("natural voice" asks for
   * speech; it does not give audio). Exact matches come before fuzzy ones: a word that is itself
   * known ("citations") is never also read as a typo of another ("dictation").
   */
  List<Recommendation.Understood> read(String clause) {
    List<Words.Word> words = Words.of(clause);
    List<Found> found = new ArrayList<>();
    boolean[] claimed = new boolean[words.size()];
    boolean[] known = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      List<Found> here = signalsAt(clause, words, i, false);
      known[i] = !here.isEmpty() || !modalitiesAt(clause, words, i, false).isEmpty();
      for (Found f : known[i] ? here : signalsAt(clause, words, i, true)) {
        found.add(f);
        java.util.Arrays.fill(claimed, f.start(), f.end(), true);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (!claimed[i]) {
        found.addAll(modalitiesAt(clause, words, i, !known[i]));
      }
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Recommendation.Understood> understood = new ArrayList<>();
    for (Found f : found) {
      Recommendation.Understood u = f.understood();
      if (seen.add(u.kind() + ":" + u.id() + ":" + u.negated())) {
        understood.add(u); // the first words that say it are quoted; repeats add nothing
      }
    }
    return understood;
  }

  /** A signal and the words [start, end) that said it. */
  private record Found(Recommendation.Understood understood, int start, int end) {}

  private List<Found> signalsAt(String clause, List<Words.Word> words, int i, boolean fuzzy) {
    List<Found> found = new ArrayList<>();
    for (SignalBook.Signal s : book.signals()) {
      for (String phrase : s.words()) {
        int n = matchAt(words, i, phrase, fuzzy);
        if (n > 0) {
          found.add(
              new Found(
                  new Recommendation.Understood(
                      s.kind(), s.id(), s.label(), quote(clause, words, i, n), negated(words, i)),
                  i,
                  i + n));
          break;
        }
      }
    }
    return found;
  }

  private List<Found> modalitiesAt(String clause, List<Words.Word> words, int i, boolean fuzzy) {
    List<Found> found = new ArrayList<>();
    for (Map.Entry<Modality, List<String>> m : book.modalities().entrySet()) {
      for (String phrase : m.getValue()) {
        int n = matchAt(words, i, phrase, fuzzy);
        if (n > 0) {
          String kind = role(words, i, n);
          found.add(
              new Found(
                  new Recommendation.Understood(
                      kind,
                      m.getKey().name(),
                      m.getKey().name() + " " + kind,
                      quote(clause, words, i, n),
                      negated(words, i)),
                  i,
                  i + n));
          break;
        }
      }
    }
    return found;
  }

  /**
   * How many words a phrase covers when it starts at word {@code i}; 0 when it does not match.
   *
   * @param fuzzy allow small typos, not only plurals and spelling variants
   */
  static int matchAt(List<Words.Word> words, int i, String phrase, boolean fuzzy) {
    List<Words.Word> target = Words.of(phrase);
    if (target.isEmpty() || i + target.size() > words.size()) {
      return 0;
    }
    for (int j = 0; j < target.size(); j++) {
      if (!same(words.get(i + j), target.get(j), fuzzy)) {
        return 0;
      }
    }
    return target.size();
  }

  /**
   * The same word, allowing for plurals and, when fuzzy, one typo in a word of five letters or
   * more, two in a word of ten or more.
   */
  static boolean same(Words.Word typed, Words.Word known, boolean fuzzy) {
    if (typed.stem().equals(known.stem()) || typed.text().equals(known.text())) {
      return true;
    }
    if (!fuzzy) {
      return false;
    }
    String a = typed.text();
    String b = known.text();
    int allowed = b.length() >= 10 ? 2 : b.length() >= 5 ? 1 : 0;
    return allowed > 0
        && Math.abs(a.length() - b.length()) <= allowed
        && (EditDistance.between(a, b) <= allowed
            || EditDistance.between(typed.stem(), known.stem()) <= allowed);
  }

  /**
   * "output" when an output cue comes shortly before the modality at word {@code i} (of {@code n}
   * words) or a generation noun right after it ("avatar generation"), else "input".
   */
  private String role(List<Words.Word> words, int i, int n) {
    if (i > 0 && book.adjacentOutputCues().contains(words.get(i - 1).text())) {
      return "output";
    }
    if (i + n < words.size() && book.outputAfterCues().contains(words.get(i + n).text())) {
      return "output";
    }
    for (int j = i - 1; j >= Math.max(0, i - CUE_WINDOW); j--) {
      String w = words.get(j).text();
      if (book.outputCues().contains(w)) {
        return "output";
      }
      if (book.inputCues().contains(w)) {
        return "input";
      }
    }
    return "input";
  }

  private boolean negated(List<Words.Word> words, int i) {
    for (int j = i - 1; j >= Math.max(0, i - NEGATION_WINDOW); j--) {
      if (book.negations().contains(words.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  private static String quote(String clause, List<Words.Word> words, int i, int n) {
    return clause.substring(words.get(i).start(), words.get(i + n - 1).end());
  }
}
