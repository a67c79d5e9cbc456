package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the classifier's margin overrules the rules, and when the rules' reading stands. */
class SettlingTest {
  private final Settling settling = new Settling(-0.3, -0.5, 0.1, 0.3, -0.2, -0.7, 0.0);

  private static List<TextClassifier.Guess> guesses(String label, double score) {
    return List.of(new TextClassifier.Guess(label, score), new TextClassifier.Guess("x", -2));
  }

  private static final Optional<String> RULES = Optional.of("training");

  @Test
  void anAnswerReplacesTheRulesOnlyFromItsBar() {
    assertEquals(Optional.of("rag"), settling.settle(guesses("rag", -0.4), RULES));
    assertEquals(Optional.empty(), settling.settle(guesses("rag", -0.6), RULES));
    assertEquals(Optional.empty(), settling.settle(guesses("training", 1), RULES));
  }

  @Test
  void theRulesDecideBetweenTheClassifiersTwoWhenItCannotTellThemApart() {
    List<TextClassifier.Guess> close =
        List.of(
            new TextClassifier.Guess("applications", 0.01),
            new TextClassifier.Guess("embedding", -0.01));
    assertEquals(Optional.empty(), settling.settle(close, Optional.of("embedding")));
    assertEquals(Optional.of("applications"), settling.settle(close, Optional.of("cost")));
  }

  @Test
  void aQuestionTheRulesRefusedNeedsASureAnswer() {
    // "nothing answers this" not far below: only the higher bar answers
    List<TextClassifier.Guess> sure =
        List.of(
            new TextClassifier.Guess("rag", 0.3),
            new TextClassifier.Guess(TextClassifier.NONE, -0.5));
    List<TextClassifier.Guess> unsure =
        List.of(
            new TextClassifier.Guess("rag", 0.29),
            new TextClassifier.Guess(TextClassifier.NONE, -0.5));
    assertEquals(Optional.of("rag"), settling.settle(sure, Optional.empty()));
    assertEquals(Optional.empty(), settling.settle(unsure, Optional.empty()));
  }

  @Test
  void aQuestionTheRulesRefusedIsAnsweredFromALowerBarWhenItIsClearOfNothing() {
    List<TextClassifier.Guess> clear =
        List.of(
            new TextClassifier.Guess("lora", -0.2),
            new TextClassifier.Guess(TextClassifier.NONE, -0.7));
    List<TextClassifier.Guess> near =
        List.of(
            new TextClassifier.Guess("lora", -0.2),
            new TextClassifier.Guess(TextClassifier.NONE, -0.69));
    List<TextClassifier.Guess> low =
        List.of(
            new TextClassifier.Guess("lora", -0.21),
            new TextClassifier.Guess(TextClassifier.NONE, -2));
    assertEquals(Optional.of("lora"), settling.settle(clear, Optional.empty()));
    assertEquals(Optional.empty(), settling.settle(near, Optional.empty()));
    assertEquals(Optional.empty(), settling.settle(low, Optional.empty()));
  }

  @Test
  void theLowerAnAnswerTheFurtherBelowItNothingMustLie() {
    Settling ahead = new Settling(-0.3, -0.5, 0.1, 0.3, -0.5, -0.6, 0.55);
    List<TextClassifier.Guess> far =
        List.of(
            new TextClassifier.Guess("lora", -0.45),
            new TextClassifier.Guess(TextClassifier.NONE, -1.05));
    List<TextClassifier.Guess> notFarEnough =
        List.of(
            new TextClassifier.Guess("lora", -0.45),
            new TextClassifier.Guess(TextClassifier.NONE, -0.95));
    assertEquals(Optional.of("lora"), ahead.settle(far, Optional.empty()));
    assertEquals(Optional.empty(), ahead.settle(notFarEnough, Optional.empty()));
  }

  @Test
  void theDoubtSeesTheMargin() {
    List<TextClassifier.Guess> low =
        List.of(
            new TextClassifier.Guess("lora", -0.1),
            new TextClassifier.Guess(TextClassifier.NONE, -1));
    assertEquals(Optional.empty(), settling.settle(low, Optional.empty(), g -> g.score() < 0));
    assertEquals(
        Optional.of("lora"), settling.settle(low, Optional.empty(), g -> g.score() < -0.2));
  }

  @Test
  void aDoubtedLabelNeedsTheHigherBarOverARefusal() {
    List<TextClassifier.Guess> low =
        List.of(
            new TextClassifier.Guess("tokenization", 0.1),
            new TextClassifier.Guess(TextClassifier.NONE, -1));
    List<TextClassifier.Guess> high =
        List.of(
            new TextClassifier.Guess("tokenization", 0.3),
            new TextClassifier.Guess(TextClassifier.NONE, -1));
    assertEquals(Optional.empty(), settling.settle(low, Optional.empty(), g -> true));
    assertEquals(Optional.of("tokenization"), settling.settle(low, Optional.empty(), g -> false));
    assertEquals(Optional.of("tokenization"), settling.settle(high, Optional.empty(), g -> true));
  }

  @Test
  void aRefusalStandsWhenTheAnswerIsANearTieWithNothing() {
    List<TextClassifier.Guess> tie =
        List.of(
            new TextClassifier.Guess("rag", 0.4),
            new TextClassifier.Guess(TextClassifier.NONE, 0.39));
    List<TextClassifier.Guess> ahead =
        List.of(
            new TextClassifier.Guess("rag", 0.4),
            new TextClassifier.Guess(TextClassifier.NONE, 0.2));
    assertEquals(Optional.empty(), settling.settle(tie, Optional.empty()));
    assertEquals(Optional.of("rag"), settling.settle(ahead, Optional.empty()));
  }

  @Test
  void nothingAnswersOnlyWhatTheRulesAnsweredAndFromItsBar() {
    assertEquals(
        Optional.of(TextClassifier.NONE),
        settling.settle(guesses(TextClassifier.NONE, -0.3), RULES));
    assertEquals(Optional.empty(), settling.settle(guesses(TextClassifier.NONE, -0.31), RULES));
    assertEquals(
        Optional.empty(), settling.settle(guesses(TextClassifier.NONE, 2), Optional.empty()));
  }
}
