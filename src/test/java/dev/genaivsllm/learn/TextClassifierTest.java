package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The classifier learns which label a text gets from a few examples, the same way every time. */
class TextClassifierTest {
  private static final List<Example> EXAMPLES =
      List.of(
          new Example("why does the chatbot make things up", "hallucination", "t"),
          new Example("it invented a court case that never happened", "hallucination", "t"),
          new Example("the bot made up a quote", "hallucination", "t"),
          new Example("how much text can it read at once", "context-window", "t"),
          new Example("it forgot what i said at the start of the chat", "context-window", "t"),
          new Example("is there a limit on how long my document can be", "context-window", "t"),
          new Example("best pizza in rome", TextClassifier.NONE, "t"),
          new Example("how do i fix my bike chain", TextClassifier.NONE, "t"),
          new Example("cheap flights to lisbon in may", TextClassifier.NONE, "t"));

  private static TextClassifier trained() {
    return TextClassifier.train(EXAMPLES, new SplittableRandom(1));
  }

  @Test
  void aNewTextGetsTheLabelOfTheExamplesItsWordsShare() {
    TextClassifier c = trained();
    assertEquals("hallucination", c.rank("why did the bot make up a court case").get(0).label());
    assertEquals(
        "context-window", c.rank("it forgot the start of my long document").get(0).label());
    assertEquals(TextClassifier.NONE, c.rank("pizza or flights to rome").get(0).label());
  }

  @Test
  void everyLabelIsRankedTheSurestFirst() {
    List<TextClassifier.Guess> guesses = trained().rank("the chatbot made things up");
    assertEquals(3, guesses.size());
    assertTrue(guesses.get(0).score() > 0, guesses::toString);
    assertTrue(guesses.get(0).score() >= guesses.get(1).score(), guesses::toString);
    assertTrue(guesses.get(1).score() >= guesses.get(2).score(), guesses::toString);
  }

  @Test
  void theSameExamplesAndSeedLearnTheSameMargins() {
    assertEquals(
        trained().rank("how long can my chat be").toString(),
        trained().rank("how long can my chat be").toString());
  }

  @Test
  void wordsAndNeighbouringPairsAreTheFeatures() {
    assertEquals(
        List.of("it", "forgot", "my", "pdf", "it forgot", "forgot my", "my pdf"),
        Ngrams.terms("It forgot my PDF!"));
    assertEquals(List.of("gpt", "4o", "gpt 4o"), Ngrams.terms("a GPT-4o"));
  }
}
