package dev.genaivsllm.learn;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When what the examples teach overrules what the rules read, for {@code ask} and {@code recommend}
 * alike: each bar is a classifier margin (above 0: yes), chosen on the tuning files with every file
 * measured by a classifier that never saw it (eval/README.md).
 *
 * @param none from this margin, "nothing answers this" refuses what the rules answered
 * @param replace from this margin, the classifier's answer replaces the rules' answer
 * @param close when the classifier's first two answers are closer than this and the second is the
 *     rules', the rules decide between them ("what are embeddings used for": applications or
 *     embedding); and a question the rules refused stays refused when its answer is not this far
 *     ahead of "nothing answers this" ("how do i wash a rag doll")
 * @param overturn from this margin, the classifier answers what the rules refused; higher than
 *     {@code replace}, since the rules refuse everyday sentences that use a word of the field ("how
 *     do I wash a RAG doll") on grounds the examples seldom show
 * @param clear a second, lower bar for answering what the rules refused, which holds only when
 *     "nothing answers this" is far below ({@code clearOfNone}): a question whose answer is weak
 *     but whose "nothing" is weaker still is about the field
 * @param clearOfNone the margin of "nothing answers this" at or below which a question is clear of
 *     it
 * @param clearAhead how far ahead of "nothing answers this" an answer must be at the second bar:
 *     the lower the answer, the further below it "nothing" must lie
 */
public record Settling(
    double none,
    double replace,
    double close,
    double overturn,
    double clear,
    double clearOfNone,
    double clearAhead) {
  /**
   * What to make of the rules' reading: empty to keep it, {@link TextClassifier#NONE} to answer
   * nothing, else the label to answer with.
   *
   * @param guesses every label, the classifier's surest first
   * @param rules the rules' answer, or empty when they found nothing to answer with
   */
  public Optional<String> settle(List<TextClassifier.Guess> guesses, Optional<String> rules) {
    return settle(guesses, rules, guess -> false);
  }

  /**
   * As {@link #settle(List, Optional)}, when some answers are in doubt: over a refusal, only the
   * higher bar ({@code overturn}) answers with one of those ("he is a token of the old guard": a
   * word's everyday sense, which the examples seldom tell apart from the field's).
   *
   * @param doubted whether the classifier's first answer, at its margin, is in doubt
   */
  public Optional<String> settle(
      List<TextClassifier.Guess> guesses,
      Optional<String> rules,
      Predicate<TextClassifier.Guess> doubted) {
    TextClassifier.Guess top = guesses.get(0);
    if (top.label().equals(TextClassifier.NONE)) {
      return rules.isPresent() && top.score() >= none
          ? Optional.of(TextClassifier.NONE)
          : Optional.empty();
    }
    if (rules.isEmpty()) {
      double nothing = nothing(guesses);
      // "how do i wash a rag doll": an answer barely ahead of "nothing answers this" is a near tie
      // with it, and a refusal stands on a near tie
      boolean sure =
          top.score() >= overturn
              || top.score() >= clear
                  && nothing <= clearOfNone
                  && top.score() - nothing >= clearAhead
                  && !doubted.test(top);
      return sure && top.score() - nothing >= close ? Optional.of(top.label()) : Optional.empty();
    }
    boolean tied =
        guesses.size() > 1
            && guesses.get(1).label().equals(rules.get())
            && top.score() - guesses.get(1).score() < close;
    return !top.label().equals(rules.get()) && !tied && top.score() >= replace
        ? Optional.of(top.label())
        : Optional.empty();
  }

  /** The margin of "nothing answers this" among the guesses, or minus infinity if it has none. */
  public static double nothing(List<TextClassifier.Guess> guesses) {
    return guesses.stream()
        .filter(g -> g.label().equals(TextClassifier.NONE))
        .mapToDouble(TextClassifier.Guess::score)
        .findFirst()
        .orElse(Double.NEGATIVE_INFINITY);
  }
}
