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

  public Evaluation evaluate(EvalSet set) {
    return set.kind().equals("ask") ? ask(set) : recommend(set);
  }

  /**
   * A goal's first answer is the first step of its pipeline when it has one, else the first family
   * recommended; the first three are those families in order (steps, then the ranking).
   */
  private Evaluation recommend(EvalSet set) {
    int top1 = 0;
    int top3 = 0;
    int answerable = 0;
    int outOfScope = 0;
    int outOfScopeRight = 0;
    List<Evaluation.Miss> misses = new ArrayList<>();
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
      boolean right1;
      boolean right3;
      if (c.none()) {
        outOfScope++;
        right1 = shown.isEmpty();
        right3 = right1;
        outOfScopeRight += right1 ? 1 : 0;
      } else {
        answerable++;
        right1 = !shown.isEmpty() && (expected.equals(got) || c.accept().contains(got));
        List<String> first3 = shown.subList(0, Math.min(3, shown.size()));
        right3 = first3.contains(expected) || c.accept().stream().anyMatch(first3::contains);
      }
      top1 += right1 ? 1 : 0;
      top3 += right3 ? 1 : 0;
      if (!right1) {
        misses.add(
            new Evaluation.Miss(
                c.text(),
                c.none() ? List.of() : c.expect(),
                shown.isEmpty() ? List.of() : List.of(got),
                right3));
      }
    }
    List<Evaluation.Confusion> table = new ArrayList<>();
    confusion.forEach(
        (expected, gots) ->
            gots.forEach((got, n) -> table.add(new Evaluation.Confusion(expected, got, n))));
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
        table);
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }

  private Evaluation ask(EvalSet set) {
    int top1 = 0;
    int top3 = 0;
    int answerable = 0;
    int outOfScope = 0;
    int outOfScopeRight = 0;
    List<Evaluation.Miss> misses = new ArrayList<>();
    for (EvalSet.Case c : set.cases()) {
      QuestionReader.Understood u = ask.understand(c.text());
      List<String> got =
          u.answer().isEmpty() ? List.of() : u.answer().stream().map(s -> s.entry().id()).toList();
      boolean right1;
      boolean right3;
      if (c.none()) {
        outOfScope++;
        right1 = got.isEmpty();
        right3 = right1;
        outOfScopeRight += right1 ? 1 : 0;
      } else {
        answerable++;
        right1 = firstRight(c, got, u.kind());
        List<String> first3 =
            got.isEmpty() ? List.of() : u.ids().subList(0, Math.min(3, u.ids().size()));
        right3 = right1 || inFirst3(c, first3);
      }
      top1 += right1 ? 1 : 0;
      top3 += right3 ? 1 : 0;
      if (!right1) {
        misses.add(new Evaluation.Miss(c.text(), c.expect(), got, right3));
      }
    }
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
        List.of());
  }

  private static boolean firstRight(EvalSet.Case c, List<String> got, Answer.Kind kind) {
    if (got.isEmpty()) {
      return false;
    }
    if (c.expect().size() == 2) {
      return kind == Answer.Kind.comparison && Set.copyOf(got).equals(Set.copyOf(c.expect()));
    }
    if (kind == Answer.Kind.comparison) {
      return false;
    }
    return c.expect().contains(got.get(0)) || c.accept().contains(got.get(0));
  }

  private static boolean inFirst3(EvalSet.Case c, List<String> first3) {
    Set<String> shown = new HashSet<>(first3);
    if (c.expect().size() == 2) {
      return shown.containsAll(c.expect());
    }
    return shown.contains(c.expect().get(0)) || c.accept().stream().anyMatch(shown::contains);
  }
}
