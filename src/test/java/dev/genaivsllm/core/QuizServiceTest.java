package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.model.Difficulty;
import dev.genaivsllm.model.QuestionKind;
import dev.genaivsllm.state.Leitner;
import dev.genaivsllm.state.Progress;
import dev.genaivsllm.testing.Packs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizServiceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private final QuizService quiz =
      new QuizService(new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT));

  private static QuizRequest request(int count) {
    return new QuizRequest(count, List.of(), Optional.empty(), false);
  }

  private static List<String> ids(QuizPlan plan) {
    return plan.items().stream().map(i -> i.question().id()).toList();
  }

  @Test
  void theSameSeedMakesTheSameQuizDown_toTheOptionOrder() {
    QuizPlan a = quiz.plan(request(7), 42, Progress.empty(), DAY);
    QuizPlan b = quiz.plan(request(7), 42, Progress.empty(), DAY);
    assertEquals(a, b);
  }

  @Test
  void differentSeedsShuffleDifferently() {
    boolean differs = false;
    QuizPlan first = quiz.plan(request(7), 1, Progress.empty(), DAY);
    for (long seed = 2; seed < 12 && !differs; seed++) {
      differs = !first.equals(quiz.plan(request(7), seed, Progress.empty(), DAY));
    }
    assertTrue(differs);
  }

  @Test
  void kindsComeInRotationWhileTheyLast() {
    QuizPlan plan = quiz.plan(request(5), 3, Progress.empty(), DAY);
    assertEquals(
        List.of(
            QuestionKind.single,
            QuestionKind.which,
            QuestionKind.single,
            QuestionKind.truefalse,
            QuestionKind.multi),
        plan.items().stream().map(i -> i.question().kind()).toList());
  }

  @Test
  void trueFalseAndWhichKeepTheirOptionOrder() {
    for (long seed = 0; seed < 20; seed++) {
      for (QuizPlan.Item item : quiz.plan(request(7), seed, Progress.empty(), DAY).items()) {
        if (!item.question().kind().fixedOptions().isEmpty()) {
          assertEquals(List.of(0, 1, 2).subList(0, item.order().size()), item.order());
        }
      }
    }
  }

  @Test
  void freeOptionsAreShuffledBySomeSeed() {
    boolean shuffled = false;
    for (long seed = 0; seed < 20 && !shuffled; seed++) {
      for (QuizPlan.Item item : quiz.plan(request(7), seed, Progress.empty(), DAY).items()) {
        shuffled |=
            item.question().kind() == QuestionKind.single
                && !item.order().equals(List.of(0, 1, 2).subList(0, item.order().size()));
      }
    }
    assertTrue(shuffled);
  }

  @Test
  void countIsCappedByTheBank() {
    assertEquals(7, quiz.plan(request(50), 1, Progress.empty(), DAY).items().size());
  }

  @Test
  void topicsAndDifficultyFilter() {
    QuizPlan plan =
        quiz.plan(
            new QuizRequest(10, List.of("relationship"), Optional.empty(), false),
            1,
            Progress.empty(),
            DAY);
    assertEquals(
        List.of("fx-every-llm-genai", "fx-umbrella-tf"), ids(plan).stream().sorted().toList());
    QuizPlan byConcept =
        quiz.plan(
            new QuizRequest(10, List.of("vae"), Optional.empty(), false), 1, Progress.empty(), DAY);
    assertEquals(
        List.of("fx-families-multi", "fx-vae-inside"), ids(byConcept).stream().sorted().toList());
    QuizPlan hard =
        quiz.plan(
            new QuizRequest(10, List.of(), Optional.of(Difficulty.hard), false),
            1,
            Progress.empty(),
            DAY);
    assertTrue(hard.items().stream().allMatch(i -> i.question().difficulty() == Difficulty.hard));
  }

  @Test
  void unknownTopicAndEmptySelectionAreReported() {
    UnknownIdException e =
        assertThrows(
            UnknownIdException.class,
            () ->
                quiz.plan(
                    new QuizRequest(5, List.of("architecure"), Optional.empty(), false),
                    1,
                    Progress.empty(),
                    DAY));
    assertEquals(List.of("architecture"), e.candidates());
    assertThrows(
        NoMatchException.class,
        () ->
            quiz.plan(
                new QuizRequest(5, List.of("llm"), Optional.of(Difficulty.medium), false),
                1,
                Progress.empty(),
                DAY));
  }

  @Test
  void reviewPutsDueQuestionsFirstLowestBoxFirst() {
    Progress progress =
        Progress.empty()
            .with("fx-vae-inside", new Progress.Entry(3, 3, 2, DAY.minusDays(5), DAY.minusDays(1)))
            .with("fx-gan-side", Leitner.answer(null, false, DAY))
            .with("fx-transformer-task", new Progress.Entry(4, 4, 4, DAY, DAY.plusDays(7)));
    QuizPlan plan =
        quiz.plan(new QuizRequest(4, List.of(), Optional.empty(), true), 9, progress, DAY);
    assertEquals(List.of("fx-gan-side", "fx-vae-inside"), ids(plan).subList(0, 2));
    assertNotEquals("fx-transformer-task", ids(plan).get(2), "not due yet");
  }
}
