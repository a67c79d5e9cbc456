package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.model.Lexicon;
import dev.genaivsllm.testing.Packs;
import dev.genaivsllm.understand.FieldSigns;
import dev.genaivsllm.understand.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexicon's {@code field}, {@code elsewhere} and {@code requests} lists: read from
 * lexicon.yaml, joined across packs, and found in what people type word for word.
 */
class FieldSignsTest {
  @TempDir Path dir;

  private static final Lexicon LEXICON =
      new Lexicon(
          List.of(),
          List.of(),
          List.of("chatgpt", "image generator", "ai"),
          List.of("subscription", "cancel my", "stock price"),
          List.of("write me", "summarize this"));

  private final FieldSigns signs = new FieldSigns(LEXICON);

  @Test
  void fieldWordsAreFoundByStemAndPhrasesOnlyWhole() {
    assertEquals(
        Set.of("imag", "generator"),
        signs.field(Words.of("how do image generators know what a cat is")));
    assertEquals(Set.of(), signs.field(Words.of("the generator of an image")));
    assertEquals(Set.of(), signs.field(Words.of("model trains for sale near me")));
  }

  @Test
  void askingForSomethingElsewhereIsFoundAnywhere() {
    assertTrue(signs.elsewhere(Words.of("how do I cancel my midjourney subscription")));
    assertTrue(signs.elsewhere(Words.of("nvidia stock price tomorrow")));
    assertFalse(signs.elsewhere(Words.of("can i cancel a request to the model midway")));
  }

  @Test
  void aRequestCountsOnlyWhenItOpensTheText() {
    assertTrue(signs.elsewhere(Words.of("write me a poem about my cat")));
    assertTrue(signs.elsewhere(Words.of("summarize this email thread")));
    assertFalse(
        signs.elsewhere(Words.of("how does a base model learn to do 'summarize this' for you")));
    // every word of a phrase counts: "write me" is not "write"
    assertFalse(signs.elsewhere(Words.of("write better prompts for claude")));
  }

  @Test
  void aRequestMayFollowAPoliteOpenerButNotComeWithAQuestion() {
    assertTrue(signs.elsewhere(Words.of("can you write me a poem about transformers")));
    assertTrue(signs.elsewhere(Words.of("please write me a poem about transformers")));
    assertFalse(signs.elsewhere(Words.of("write me a poem, what is a transformer")));
    assertFalse(signs.elsewhere(Words.of("write me an explanation of how transformers work")));
  }

  @Test
  void theListsAreReadLowerCasedAndJoinedAcrossPacks() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.append(
        pack, "lexicon.yaml", "field: [ChatGPT]\nelsewhere: [Salary]\nrequests: [Write me]\n");
    Lexicon read = new ContentRepository(pack, ContentLimits.DEFAULT).lexicon();
    assertEquals(List.of("chatgpt"), read.field());
    assertEquals(List.of("salary"), read.elsewhere());
    assertEquals(List.of("write me"), read.requests());
    Lexicon top = new Lexicon(List.of(), List.of(), List.of("claude"), List.of(), List.of());
    assertEquals(List.of("chatgpt", "claude"), read.merge(top).field());
  }
}
