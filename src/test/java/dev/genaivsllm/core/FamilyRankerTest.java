package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.testing.Packs;
import dev.genaivsllm.understand.LexiconMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranker's points for signals given directly, over the real pack. */
class FamilyRankerTest {
  private static final ContentRepository REAL =
      new ContentRepository(Packs.real(), ContentLimits.DEFAULT);

  private static final FamilyRanker RANKER =
      new FamilyRanker(
          REAL.families(),
          REAL.signals(),
          new GoalExamples(REAL.families(), new LexiconMatcher(REAL.lexicon())));

  @Test
  void aFamilyWhoseKindsAreAllRuledOutLosesThePointsOnce() {
    List<Recommendation.Understood> signals =
        List.of(
            new Recommendation.Understood("output", "music", "music output", "music", true),
            new Recommendation.Understood("output", "audio", "audio output", "audio", true),
            new Recommendation.Understood("output", "image", "image output", "poster", false));
    Recommendation.Ranked music =
        RecommendGoalsTest.ranked(RANKER.rank(signals, ""), "music-generation");
    assertEquals(
        1,
        music.reasons().stream()
            .filter(r -> r.points() == FamilyRanker.ONLY_KIND_RULED_OUT)
            .count(),
        music::toString);
  }

  @Test
  void syntheticDataIsADiffusionJobBeforeAGans() {
    // since diffusion overtook GANs on image benchmarks, the task alone puts diffusion first
    assertFirstForTask("diffusion", "synthetic-data", "synthetic training data", "augment");
  }

  @Test
  void dubbingStartsFromWhatIsSaid() {
    assertFirstForTask(
        "speech-recognition", "dub", "dubbing speech into another language", "dub it into");
  }

  /** That {@code family} ranks first for one task, said by {@code quoted}, and nothing else. */
  private static void assertFirstForTask(String family, String task, String label, String quoted) {
    List<Recommendation.Ranked> ranked =
        RANKER.rank(List.of(new Recommendation.Understood("task", task, label, quoted, false)), "");
    assertEquals(family, ranked.get(0).family().id(), ranked::toString);
  }
}
