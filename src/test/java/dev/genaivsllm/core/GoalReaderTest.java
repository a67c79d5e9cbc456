package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.testing.Packs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading goals into signals, over the real rules: synonyms, typos, negation, roles. */
class GoalReaderTest {
  private final GoalReader reader =
      new GoalReader(new ContentRepository(Packs.real(), ContentLimits.DEFAULT).signals());

  private List<String> read(String goal) {
    return reader.read(goal).stream()
        .map(u -> (u.negated() ? "!" : "") + u.kind() + ":" + u.id())
        .toList();
  }

  @Test
  void synonymsAndSpellingVariantsMeanTheSame() {
    assertEquals(read("summarize the report"), read("summarise the report"));
    assertEquals(List.of("task:summarize", "input:text"), read("give me a tldr of this article"));
  }

  @Test
  void smallTyposInLongWordsAreForgiven() {
    assertEquals(List.of("task:summarize", "input:text"), read("sumarize pdfs"));
    assertEquals(List.of("task:image-generation"), read("make imges of cats"));
  }

  @Test
  void aKnownWordIsNeverReadAsATypoOfAnother() {
    assertEquals(List.of("need:citations"), read("with citations"));
  }

  @Test
  void aNegatedWordIsMarkedNotLost() {
    assertEquals(
        List.of("task:write", "output:text", "!output:image"),
        read("write product descriptions, no images"));
  }

  @Test
  void cuesDecideWhetherAModalityGoesInOrComesOut() {
    assertEquals(
        List.of("input:text", "output:image"), read("turn product descriptions into photos"));
    assertEquals(List.of("task:answer-questions", "input:image"), read("questions about images"));
    assertEquals(
        List.of("output:image", "need:realtime"), read("thumbnail generation in real time"));
  }

  @Test
  void aWordATaskClaimsIsNotAlsoAModality() {
    assertEquals(List.of("task:speak"), read("in a natural voice"));
  }

  @Test
  void goalsSplitIntoStepsAtSequenceWords() {
    assertEquals(
        List.of("transcribe a meeting", "summarise it"),
        reader.clauses("transcribe a meeting, then summarise it"));
    assertEquals(
        List.of("scan the receipts", "extract totals"),
        reader.clauses("scan the receipts; extract totals"));
  }
}
