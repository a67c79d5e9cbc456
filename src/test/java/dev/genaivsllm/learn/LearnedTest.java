package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.testing.Packs;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A classifier is kept under a key of everything it is a function of, found again in a later run,
 * and trained afresh when what was kept is unusable.
 */
class LearnedTest {
  private static final ContentRepository REAL =
      new ContentRepository(Packs.real(), ContentLimits.DEFAULT);

  private static final String GOAL = "read the meter photos and log the numbers";

  /** A store in memory that notes what was asked of it. */
  private static final class Shelf implements ModelStore {
    final Map<String, byte[]> kept = new HashMap<>();
    final List<String> finds = new ArrayList<>();
    int keeps;

    @Override
    public Optional<ByteBuffer> find(String name) {
      finds.add(name);
      return Optional.ofNullable(kept.get(name)).map(ByteBuffer::wrap);
    }

    @Override
    public void keep(String name, byte[] bytes) {
      keeps++;
      kept.put(name, bytes);
    }
  }

  /** Own examples no other test uses, so that nothing this run kept in memory answers. */
  private static List<Example> own(String marker) {
    return List.of(new Example("a goal only this test has " + marker, "llm", "test"));
  }

  private static TextClassifier learned(List<Example> own, ModelStore store) {
    return Learned.of("recommend", REAL, null, own, store).orElseThrow();
  }

  @Test
  void aKeptClassifierIsFoundInTheNextRunAndRanksAsTraining() {
    Shelf shelf = new Shelf();
    TextClassifier trained = learned(own("a"), shelf);
    assertEquals(1, shelf.keeps);
    String name = shelf.finds.get(0);
    assertTrue(name.matches("learned-recommend-[0-9a-f]{24}\\.bin"), name);
    assertTrue(shelf.kept.containsKey(name));
    // another classifier in between, as in another run
    learned(own("b"), shelf);
    assertEquals(2, shelf.keeps);
    TextClassifier found = learned(own("a"), shelf);
    assertEquals(2, shelf.keeps, "found, not trained and kept again");
    assertEquals(trained.rank(GOAL), found.rank(GOAL));
  }

  @Test
  void anUnusableKeptClassifierIsTrainedAgainAndReplaced() {
    Shelf shelf = new Shelf();
    TextClassifier trained = learned(own("c"), shelf);
    String name = shelf.finds.get(0);
    byte[] damaged = shelf.kept.get(name).clone();
    damaged[damaged.length / 2] ^= 1;
    shelf.kept.put(name, damaged);
    learned(own("d"), shelf);
    TextClassifier again = learned(own("c"), shelf);
    assertEquals(3, shelf.keeps);
    assertFalse(Arrays.equals(damaged, shelf.kept.get(name)));
    assertEquals(trained.rank(GOAL), again.rank(GOAL));
  }

  @Test
  void measuringWithAFileLeftOutKeepsNothing() {
    Shelf shelf = new Shelf();
    String file = ExampleBook.files("recommend").get(0);
    assertTrue(Learned.of("recommend", REAL, file, own("e"), shelf).isPresent());
    assertEquals(List.of(), shelf.finds);
    assertEquals(0, shelf.keeps);
  }

  @Test
  void theKeyChangesWithTheKindTheExamplesAndTheFileLeftOut() {
    byte[] key = Learned.key("recommend", null, own("f"));
    assertTrue(Arrays.equals(key, Learned.key("recommend", null, own("f"))));
    assertFalse(Arrays.equals(key, Learned.key("ask", null, own("f"))));
    assertFalse(Arrays.equals(key, Learned.key("recommend", null, own("g"))));
    assertFalse(
        Arrays.equals(
            key, Learned.key("recommend", ExampleBook.files("recommend").get(0), own("f"))));
    assertFalse(
        Arrays.equals(
            key,
            Learned.key(
                "recommend",
                null,
                List.of(new Example("a goal only this test has f", "gan", "t")))));
  }
}
