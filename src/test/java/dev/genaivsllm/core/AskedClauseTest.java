package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The clauses of a long question that ask, apart from the story told around them. */
class AskedClauseTest {
  @Test
  void theClausesThatAskComeLastFirst() {
    assertEquals(
        List.of("why does it make things up", "is it broken?"),
        AskedClause.of(
            "is it broken? it told me the shop opens at nine and it shut in 2020. why does it"
                + " make things up"));
  }

  @Test
  void aQuestionWordAfterACommaStartsAClause() {
    assertEquals(
        List.of("why does it forget"),
        AskedClause.of("pasted the whole handbook in, why does it forget"));
  }

  @Test
  void aClauseJoinedByAndStaysWithTheQuestionItContinues() {
    assertEquals(
        List.of("Whose are these, and how do they get into the model?"),
        AskedClause.of(
            "They say it learns preferences. Whose are these, and how do they get into"
                + " the model?"));
  }

  @Test
  void aQuestionOfOneClauseHasNoneApart() {
    assertEquals(List.of(), AskedClause.of("why does it make things up"));
    assertEquals(List.of(), AskedClause.of("it told me the shop opens at nine. it shut in 2020."));
  }
}
