package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.testing.Packs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cue list of {@link Cue} is read from the real pack under its key, and {@link
 * SignalBook.Cues#all()} hands each over, so that every cue word is a known word and never read as
 * a typo of another ("short" as "shot").
 */
class SignalCuesTest {
  private final SignalBook.Cues cues =
      new ContentRepository(Packs.real(), ContentLimits.DEFAULT).signals().cues();

  @Test
  void theRealPackFillsEveryCueList() {
    for (Cue cue : Cue.values()) {
      assertFalse(cues.get(cue).isEmpty(), cue.key() + " is empty in the real pack");
    }
  }

  @Test
  void allListsEveryCueListInOrder() {
    List<List<String>> lists = new ArrayList<>();
    for (Cue cue : Cue.values()) {
      lists.add(cues.get(cue));
    }
    assertEquals(lists, cues.all());
  }

  @Test
  void keysAreTheNamesInLowerCamelCase() {
    assertEquals("outputAdjacent", Cue.OUTPUT_ADJACENT.key());
    assertEquals("notData", Cue.NOT_DATA.key());
    assertEquals("done", Cue.DONE.key());
  }
}
