package dev.genaivsllm.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeitnerTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Test
  void aNewQuestionAnsweredRightGoesToBoxTwoAndWaitsADay() {
    Progress.Entry e = Leitner.answer(null, true, DAY);
    assertEquals(new Progress.Entry(2, 1, 1, DAY, DAY.plusDays(1)), e);
  }

  @Test
  void aMissGoesBackToBoxOneAndIsDueAtOnce() {
    Progress.Entry high = new Progress.Entry(4, 5, 4, DAY.minusDays(9), DAY.minusDays(2));
    Progress.Entry e = Leitner.answer(high, false, DAY);
    assertEquals(new Progress.Entry(1, 6, 4, DAY, DAY), e);
    assertTrue(Leitner.isDue(e, DAY));
  }

  @Test
  void rightAnswersClimbToTheTopBoxAndStayThere() {
    Progress.Entry e = null;
    int[] expectedBox = {2, 3, 4, 5, 5};
    int[] expectedWait = {1, 3, 7, 14, 14};
    for (int i = 0; i < expectedBox.length; i++) {
      e = Leitner.answer(e, true, DAY);
      assertEquals(expectedBox[i], e.box());
      assertEquals(DAY.plusDays(expectedWait[i]), e.due());
    }
    assertFalse(Leitner.isDue(e, DAY.plusDays(13)));
    assertTrue(Leitner.isDue(e, DAY.plusDays(14)));
  }
}
