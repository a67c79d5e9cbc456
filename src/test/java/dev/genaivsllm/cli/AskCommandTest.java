package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import org.junit.jupiter.api.Test;

/** {@code ask}, {@code explain X vs Y} and unknown names, through the real command tree. */
class AskCommandTest {
  @Test
  void nothingToAnswerIsExitCode3WithOneLineAndNothingOnStdout() {
    CliRun run = CliRun.run("ask", "best", "pizza", "in", "rome");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals("genai-vs-llm: nothing in this pack answers that\n", run.err(), run::toString);
  }

  /** "is it good" named no topic, and was answered with FID, the image-quality score. */
  @Test
  void aQuestionThatNamesNothingIsToldHowToAsk() {
    for (String q :
        java.util.List.of("is it good", "which one is better", "why?", "is it worth it")) {
      CliRun run = CliRun.with().pack(Packs.real()).run("ask", q);
      assertEquals(ExitCode.NOT_FOUND, run.exitCode(), run::toString);
      assertEquals("", run.out(), q);
      assertTrue(run.err().contains("the question names nothing to look up"), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
    }
    // one word that names something is still answered
    CliRun bias = CliRun.with().pack(Packs.real()).run("ask", "bias");
    assertEquals(0, bias.exitCode(), bias::toString);
  }

  /** The bundled pack, whose words include "temperature" and "training" in their sense here. */
  @Test
  void aWordOfTheFieldInAQuestionAboutSomethingElseIsNotAnAnswer() {
    for (String q :
        java.util.List.of(
            "what temperature should my fridge be", "model trains for sale near me")) {
      CliRun run = CliRun.with().pack(Packs.real()).run("ask", q);
      assertEquals(ExitCode.NOT_FOUND, run.exitCode(), run::toString);
      assertEquals("", run.out(), q);
    }
    CliRun inScope =
        CliRun.with()
            .pack(Packs.real())
            .run("ask", "what temperature should i use for creative writing");
    assertEquals(0, inScope.exitCode(), inScope::toString);
    assertTrue(inScope.out().startsWith("Temperature"), inScope::toString);
  }

  /** "exam on thursday" is the asker's situation; "gan bei" is not the GAN. */
  @Test
  void aConceptNamedPlainlyAnswersWhateverElseIsSaidButAnEverydayWordDoesNot() {
    CliRun bert =
        CliRun.with()
            .pack(Packs.real())
            .run("ask", "BERT explained simply pls, nlp exam on thursday");
    assertEquals(0, bert.exitCode(), bert::toString);
    assertTrue(bert.out().startsWith("BERT"), bert::toString);
    CliRun gan =
        CliRun.with().pack(Packs.real()).run("ask", "gan bei in chinese, what does it mean");
    assertEquals(ExitCode.NOT_FOUND, gan.exitCode(), gan::toString);
  }

  /** "All LLMs are Transformers" is close to "what is a transformer" but is not what was asked. */
  @Test
  void aMisconceptionAnswersOnlyAQuestionThatSaysMostOfIt() {
    CliRun what = CliRun.with().pack(Packs.real()).run("ask", "what is a transformer");
    assertEquals(0, what.exitCode(), what::toString);
    assertTrue(what.out().startsWith("Transformer"), what::toString);
    CliRun claim = CliRun.with().pack(Packs.real()).run("ask", "are all llms transformers");
    assertEquals(0, claim.exitCode(), claim::toString);
    assertTrue(claim.out().startsWith("A common misconception"), claim::toString);
  }

  /** The evaluation dimension discusses FID at length and matches more of the question. */
  @Test
  void aConceptNamedInSoManyWordsAnswersBeforeADimensionAboutIt() {
    CliRun run = CliRun.with().pack(Packs.real()).run("ask", "what is fid score");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("FID"), run::toString);
  }

  @Test
  void aBlankQuestionIsAUsageError() {
    CliRun run = CliRun.run("ask", " ");
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
  }

  @Test
  void theAnswerComesFirstWithItsCommand() {
    CliRun run =
        CliRun.run("ask", "how", "does", "the", "model", "know", "which", "words", "matter");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Self-attention"), run::toString);
    assertTrue(run.out().contains("More: explain self-attention"), run::toString);
  }

  @Test
  void explainVersusWithoutASideIsAUsageError() {
    CliRun run = CliRun.run("explain", "gan", "vs");
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("on each side"), run::toString);
  }

  @Test
  void aNameThePackDiscussesPointsToWhereInsteadOfGuessingATypo() {
    CliRun run = CliRun.with().pack(Packs.real()).run("explain", "sora");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode(), run::toString);
    assertTrue(run.err().contains("unknown concept 'sora'; it is discussed in"), run::toString);
    assertTrue(run.err().contains("compare models"), run::toString);
    assertTrue(!run.err().contains("did you mean"), run::toString);
  }

  @Test
  void aRealTypoStillGetsDidYouMean() {
    CliRun run = CliRun.with().pack(Packs.real()).run("explain", "transfomer");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode(), run::toString);
    assertTrue(run.err().contains("did you mean 'transformer'?"), run::toString);
  }

  @Test
  void aWordOfAnotherKindIsNoTypo() {
    CliRun run = CliRun.with().pack(Packs.real()).run("explain", "frobnicate");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode(), run::toString);
    assertTrue(!run.err().contains("did you mean"), run::toString);
  }
}
