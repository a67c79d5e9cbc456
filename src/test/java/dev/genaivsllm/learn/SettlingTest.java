package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the classifier's margin overrules the rules, and when the rules' reading stands. */
class SettlingTest {
  private final Settling settling = new Settling(-0.3, -0.5, 0.3);

  private static TextClassifier.Guess guess(String label, double score) {
    return new TextClassifier.Guess(label, score);
  }

  @Test
  void anAnswerReplacesTheRulesOnlyFromItsBar() {
    assertEquals(Optional.of("rag"), settling.settle(guess("rag", -0.4), false));
    assertEquals(Optional.empty(), settling.settle(guess("rag", -0.6), false));
  }

  @Test
  void aQuestionTheRulesRefusedNeedsASureAnswer() {
    assertEquals(Optional.of("rag"), settling.settle(guess("rag", 0.3), true));
    assertEquals(Optional.empty(), settling.settle(guess("rag", 0.29), true));
  }

  @Test
  void nothingAnswersOnlyWhatTheRulesAnsweredAndFromItsBar() {
    assertEquals(
        Optional.of(TextClassifier.NONE), settling.settle(guess(TextClassifier.NONE, -0.3), false));
    assertEquals(Optional.empty(), settling.settle(guess(TextClassifier.NONE, -0.31), false));
    assertEquals(Optional.empty(), settling.settle(guess(TextClassifier.NONE, 2), true));
  }
}
