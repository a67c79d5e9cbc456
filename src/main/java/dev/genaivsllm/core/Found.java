package dev.genaivsllm.core;

/** A signal and the words [start, end) that said it. */
record Found(Recommendation.Understood understood, int start, int end) {
  /** A signal of another kind said by the same words: "output", "implied", a framed task. */
  Found as(String kind, String id, String label) {
    return new Found(
        new Recommendation.Understood(kind, id, label, understood.quoted(), false), start, end);
  }

  /** The same signal, ruled out or not. */
  Found withNegated(boolean negated) {
    Recommendation.Understood u = understood;
    return new Found(
        new Recommendation.Understood(u.kind(), u.id(), u.label(), u.quoted(), negated),
        start,
        end);
  }
}
