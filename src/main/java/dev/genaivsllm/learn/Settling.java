package dev.genaivsllm.learn;

import java.util.List;
import java.util.Optional;

/**
 * When what the examples teach overrules what the rules read, for {@code ask} and {@code recommend}
 * alike: each bar is a classifier margin (above 0: yes), chosen on the tuning files with every file
 * measured by a classifier that never saw it (eval/README.md).
 *
 * @param none from this margin, "nothing answers this" refuses what the rules answered
 * @param replace from this margin, the classifier's answer replaces the rules' answer
 * @param close when the classifier's first two answers are closer than this and the second is the
 *     rules', the rules decide between them ("what are embeddings used for": applications or
 *     embedding)
 * @param overturn from this margin, the classifier answers what the rules refused; higher than
 *     {@code replace}, since the rules refuse everyday sentences that use a word of the field ("how
 *     do I wash a RAG doll") on grounds the examples seldom show
 * @param clear from this lower margin, the classifier answers what the rules refused when the
 *     question is also clear of "nothing answers this" ({@code clearOfNone}): questions the field
 *     never asks about draw that answer up, even when another outscores it
 * @param clearOfNone the margin of "nothing answers this" at or below which a question is clear of
 *     it
 */
public record Settling(
    double none, double replace, double close, double overturn, double clear, double clearOfNone) {
  /**
   * What to make of the rules' reading: empty to keep it, {@link TextClassifier#NONE} to answer
   * nothing, else the label to answer with.
   *
   * @param guesses every label, the classifier's surest first
   * @param rules the rules' answer, or empty when they found nothing to answer with
   */
  public Optional<String> settle(List<TextClassifier.Guess> guesses, Optional<String> rules) {
    TextClassifier.Guess top = guesses.get(0);
    if (top.label().equals(TextClassifier.NONE)) {
      return rules.isPresent() && top.score() >= none
          ? Optional.of(TextClassifier.NONE)
          : Optional.empty();
    }
    if (rules.isEmpty()) {
      double nothing =
          guesses.stream()
              .filter(g -> g.label().equals(TextClassifier.NONE))
              .mapToDouble(TextClassifier.Guess::score)
              .findFirst()
              .orElse(Double.NEGATIVE_INFINITY);
      boolean sure = top.score() >= overturn || top.score() >= clear && nothing <= clearOfNone;
      return sure ? Optional.of(top.label()) : Optional.empty();
    }
    boolean tied =
        guesses.size() > 1
            && guesses.get(1).label().equals(rules.get())
            && top.score() - guesses.get(1).score() < close;
    return !top.label().equals(rules.get()) && !tied && top.score() >= replace
        ? Optional.of(top.label())
        : Optional.empty();
  }
}
