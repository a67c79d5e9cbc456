package dev.genaivsllm.core;

import dev.genaivsllm.model.EvalSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code eval}: runs every case of an evaluation file through the same code a user's
 * question or goal goes through, and counts how often the first answer, and the first three, are
 * right. The figures in the README and the floors in the tests come from here.
 */
public final class EvalService {
  private final AskService ask;
  private final RecommendService recommend;

  public EvalService(AskService ask, RecommendService recommend) {
    this.ask = ask;
    this.recommend = recommend;
  }

  /**
   * A tuning file is measured by a classifier that learned from every other one: its own cases are
   * left out of the examples, so its figures say how well the examples carry to a file not seen.
   */
  public Evaluation evaluate(EvalSet set) {
    String measured = java.nio.file.Path.of(set.file()).getFileName().toString();
    return set.kind().equals("ask")
        ? ask(set, ask.without(measured))
        : recommend(set, recommend.without(measured));
  }

  /**
   * A goal's first answer is the first step of its pipeline when it has one, else the first family
   * recommended; the first three are those families in order (steps, then the ranking).
   */
  private static Evaluation recommend(EvalSet set, RecommendService recommend) {
    Tally tally = new Tally();
    java.util.Map<String, java.util.Map<String, Integer>> confusion = new java.util.TreeMap<>();
    for (EvalSet.Case c : set.cases()) {
      List<String> shown = new ArrayList<>();
      try {
        Recommendation r =
            recommend.recommend(
                new RecommendRequest(c.text(), Set.of(), Set.of(), Set.of(), false));
        r.pipeline().forEach(s -> addOnce(shown, s.family().id()));
        r.recommendations().forEach(f -> addOnce(shown, f.family().id()));
      } catch (dev.genaivsllm.match.NoMatchException nothing) {
        // no family fits: shown stays empty
      }
      String expected = c.none() ? "none" : c.expect().get(0);
      String got = shown.isEmpty() ? "none" : shown.get(0);
      confusion
          .computeIfAbsent(expected, k -> new java.util.TreeMap<>())
          .merge(got, 1, Integer::sum);
      List<String> first3 = shown.subList(0, Math.min(3, shown.size()));
      boolean right1 = !shown.isEmpty() && (expected.equals(got) || c.accept().contains(got));
      boolean right3 = first3.contains(expected) || c.accept().stream().anyMatch(first3::contains);
      tally.add(c, shown.isEmpty() ? List.of() : List.of(got), right1, right3);
    }
    List<Evaluation.Confusion> table = new ArrayList<>();
    confusion.forEach(
        (expected, gots) ->
            gots.forEach((got, n) -> table.add(new Evaluation.Confusion(expected, got, n))));
    return tally.evaluation(set, table);
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }

  private static Evaluation ask(EvalSet set, AskService ask) {
    Tally tally = new Tally();
    for (EvalSet.Case c : set.cases()) {
      QuestionReader.Understood u = ask.understand(c.text());
      List<String> got =
          u.answer().isEmpty() ? List.of() : u.answer().stream().map(s -> s.entry().id()).toList();
      List<String> first3 =
          got.isEmpty() ? List.of() : u.ids().subList(0, Math.min(3, u.ids().size()));
      boolean right1 = !c.none() && firstRight(c, got, u.kind());
      tally.add(c, got, right1, right1 || !c.none() && inFirst3(c, first3));
    }
    return tally.evaluation(set, List.of());
  }

  /**
   * The counts both evaluations keep. A case with nothing to answer is right, first and in the
   * first three, only when nothing was answered; for the others the caller says.
   */
  private static final class Tally {
    private int top1;
    private int top3;
    private int answerable;
    private int outOfScope;
    private int outOfScopeRight;
    private final List<Evaluation.Miss> misses = new ArrayList<>();

    void add(EvalSet.Case c, List<String> got, boolean right1, boolean right3) {
      if (c.none()) {
        outOfScope++;
        right1 = got.isEmpty();
        right3 = right1;
        outOfScopeRight += right1 ? 1 : 0;
      } else {
        answerable++;
      }
      top1 += right1 ? 1 : 0;
      top3 += right3 ? 1 : 0;
      if (!right1) {
        misses.add(new Evaluation.Miss(c.text(), c.none() ? List.of() : c.expect(), got, right3));
      }
    }

    Evaluation evaluation(EvalSet set, List<Evaluation.Confusion> confusion) {
      return new Evaluation(
          set.file(),
          set.kind(),
          set.cases().size(),
          answerable,
          outOfScope,
          top1,
          top3,
          outOfScopeRight,
          misses,
          confusion);
    }
  }

  private static boolean firstRight(EvalSet.Case c, List<String> got, Answer.Kind kind) {
    if (got.isEmpty()) {
      return false;
    }
    if (c.expect().size() == 2) {
      // a single entry the writer accepted as well ("relationship" for "generative ai vs llm")
      return kind == Answer.Kind.comparison
          ? Set.copyOf(got).equals(Set.copyOf(c.expect()))
          : c.accept().contains(got.get(0));
    }
    if (kind == Answer.Kind.comparison) {
      return false;
    }
    return c.expect().contains(got.get(0)) || c.accept().contains(got.get(0));
  }

  private static boolean inFirst3(EvalSet.Case c, List<String> first3) {
    Set<String> shown = new HashSet<>(first3);
    if (c.expect().size() == 2) {
      return shown.containsAll(c.expect()) || c.accept().stream().anyMatch(shown::contains);
    }
    return shown.contains(c.expect().get(0)) || c.accept().stream().anyMatch(shown::contains);
  }
}
