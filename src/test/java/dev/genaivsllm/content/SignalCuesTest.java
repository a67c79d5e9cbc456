package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.testing.Packs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SignalBook.Cues#all()} lists every cue list, so that every cue word is a known word and
 * never read as a typo of another ("short" as "shot"): a cue list added later must be added there.
 */
class SignalCuesTest {
  @Test
  void allListsEveryCueListInOrder() throws Exception {
    SignalBook.Cues cues =
        new ContentRepository(Packs.real(), ContentLimits.DEFAULT).signals().cues();
    List<Object> components = new ArrayList<>();
    for (var c : SignalBook.Cues.class.getRecordComponents()) {
      components.add(c.getAccessor().invoke(cues));
    }
    assertEquals(components, new ArrayList<Object>(cues.all()));
  }
}
