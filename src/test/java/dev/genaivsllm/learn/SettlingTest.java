package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the classifier's margin overrules the rules, and when the rules' reading stands. */
class SettlingTest {
  private final Settling settling = new Settling(-0.3, -0.5, 0.1, 0.3);

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
    assertEquals(Optional.of("rag"), settling.settle(guesses("rag", 0.3), Optional.empty()));
    assertEquals(Optional.empty(), settling.settle(guesses("rag", 0.29), Optional.empty()));
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
