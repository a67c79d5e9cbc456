package dev.genaivsllm.model;

import java.util.List;

/**
 * A set of free-text cases with the answer each should get, read from an evaluation file ({@code
 * eval/*.yaml}): questions for {@code ask} or goals for {@code recommend}.
 *
 * @param kind "ask" or "recommend"
 */
public record EvalSet(String file, String kind, List<Case> cases) {
  /**
   * One case.
   *
   * @param text the question or goal as a person typed it
   * @param expect the right first answer: one id, two ids set side by side (ask), or empty when
   *     nothing should answer
   * @param accept other first answers that count as right
   * @param then the later steps of a pipeline (recommend)
   */
  public record Case(String text, List<String> expect, List<String> accept, List<String> then) {
    public Case {
      expect = List.copyOf(expect);
      accept = List.copyOf(accept);
      then = List.copyOf(then);
    }

    /** Whether nothing should answer. */
    public boolean none() {
      return expect.isEmpty();
    }
  }

  public EvalSet {
    cases = List.copyOf(cases);
  }
}
