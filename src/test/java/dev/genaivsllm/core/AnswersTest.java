package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.model.Difficulty;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.QuestionKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {
  private static QuizPlan.Item item(
      QuestionKind kind, List<String> texts, List<Integer> correct, List<Integer> order) {
    List<Question.Option> options = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      boolean right = correct.contains(i);
      options.add(
          new Question.Option(texts.get(i), right, right ? Optional.empty() : Optional.of("no")));
    }
    Question q =
        new Question(
            "q",
            "t",
            kind,
            Difficulty.easy,
            "?",
            options,
            "e",
            List.of(),
            List.of("t"),
            List.of("k"));
    return new QuizPlan.Item(q, order);
  }

  private static final QuizPlan.Item SINGLE =
      item(QuestionKind.single, List.of("A", "B", "C"), List.of(2), List.of(2, 0, 1));
  private static final QuizPlan.Item MULTI =
      item(QuestionKind.multi, List.of("A", "B", "C", "D"), List.of(0, 3), List.of(0, 1, 2, 3));
  private static final QuizPlan.Item TRUE_FALSE =
      item(QuestionKind.truefalse, List.of("True", "False"), List.of(1), List.of(0, 1));
  private static final QuizPlan.Item WHICH =
      item(
          QuestionKind.which,
          List.of("Generative AI in general", "LLMs specifically", "Both"),
          List.of(2),
          List.of(0, 1, 2));

  @ParameterizedTest(name = "single: {0}")
  @CsvSource({"a, 0", "A, 0", "'  b  ', 1", "3, 2"})
  void singleTakesALetterOrNumber(String typed, int position) {
    assertEquals(Set.of(position), Answers.parse(SINGLE, typed));
  }

  /** "d)" was rejected, though it is how the options are printed. */
  @ParameterizedTest(name = "single: {0}")
  @CsvSource({"c), 2", "(c), 2", "C., 2", "[b], 1", "' a ) ', 0", "2., 1"})
  void aLetterAsPrintedOrWrittenDownCounts(String typed, int position) {
    assertEquals(Set.of(position), Answers.parse(SINGLE, typed));
  }

  @Test
  void severalLettersAsPrintedCountForSelectAll() {
    assertEquals(Set.of(0, 3), Answers.parse(MULTI, "a) d)"));
    assertEquals(Set.of(0, 3), Answers.parse(MULTI, "(a), (d)"));
    assertEquals(Set.of(1), Answers.parse(TRUE_FALSE, "False."));
  }

  @Test
  void theShuffledCorrectOptionIsRight() {
    assertEquals(List.of(0), SINGLE.correctPositions(), "option C is shown first");
    assertTrue(Answers.isCorrect(SINGLE, Answers.parse(SINGLE, "a")));
    assertFalse(Answers.isCorrect(SINGLE, Answers.parse(SINGLE, "b")));
  }

  @Test
  void multiTakesSeveralLettersInAnyNotation() {
    for (String typed : List.of("ad", "da", "a d", "a+d", "a,d", "1 4", "A D")) {
      assertEquals(Set.of(0, 3), Answers.parse(MULTI, typed), typed);
    }
    assertTrue(Answers.isCorrect(MULTI, Answers.parse(MULTI, "da")));
    assertFalse(Answers.isCorrect(MULTI, Answers.parse(MULTI, "a")), "all or nothing");
  }

  @Test
  void trueFalseAndWhichTakeWords() {
    assertEquals(Set.of(0), Answers.parse(TRUE_FALSE, "TRUE"));
    assertEquals(Set.of(1), Answers.parse(TRUE_FALSE, "f"));
    assertEquals(Set.of(1), Answers.parse(TRUE_FALSE, "b"));
    assertEquals(Set.of(2), Answers.parse(WHICH, "both"));
    assertEquals(Set.of(1), Answers.parse(WHICH, "LLMs"));
    assertEquals(Set.of(0), Answers.parse(WHICH, "genai"));
  }

  @Test
  void invalidAnswersSayWhatWouldDo() {
    InvalidAnswerException e =
        assertThrows(InvalidAnswerException.class, () -> Answers.parse(SINGLE, "d"));
    assertEquals("'d' is not an answer to this question; answer one letter a-c", e.getMessage());
    assertThrows(InvalidAnswerException.class, () -> Answers.parse(SINGLE, "ab"));
    assertThrows(InvalidAnswerException.class, () -> Answers.parse(SINGLE, "true"));
    assertThrows(InvalidAnswerException.class, () -> Answers.parse(TRUE_FALSE, "c"));
    assertThrows(InvalidAnswerException.class, () -> Answers.parse(MULTI, ""));
    assertThrows(InvalidAnswerException.class, () -> Answers.parse(MULTI, "0"));
  }
}
