package dev.genaivsllm.learn;

import java.util.Optional;

/**
 * When what the examples teach overrules what the rules read, for {@code ask} and {@code recommend}
 * alike: each bar is a classifier margin (above 0: yes), chosen on the tuning files with every file
 * measured by a classifier that never saw it (eval/README.md).
 *
 * @param none from this margin, "nothing answers this" refuses what the rules answered
 * @param replace from this margin, the classifier's answer replaces the rules' answer
 * @param overturn from this margin, the classifier answers what the rules refused; higher than
 *     {@code replace}, since the rules refuse everyday sentences that use a word of the field ("how
 *     do I wash a RAG doll") on grounds the examples seldom show
 */
public record Settling(double none, double replace, double overturn) {
  /**
   * What to make of the rules' reading: empty to keep it, {@link TextClassifier#NONE} to answer
   * nothing, else the label to answer with.
   *
   * @param refused whether the rules found nothing to answer with
   */
  public Optional<String> settle(TextClassifier.Guess guess, boolean refused) {
    if (guess.label().equals(TextClassifier.NONE)) {
      return !refused && guess.score() >= none
          ? Optional.of(TextClassifier.NONE)
          : Optional.empty();
    }
    return guess.score() >= (refused ? overturn : replace)
        ? Optional.of(guess.label())
        : Optional.empty();
  }
}
