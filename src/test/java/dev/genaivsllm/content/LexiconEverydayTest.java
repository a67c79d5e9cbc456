package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaivsllm.model.Lexicon;
import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon's everyday words: read from lexicon.yaml, lower-cased, joined across packs. */
class LexiconEverydayTest {
  @TempDir Path dir;

  private Path packWith(String everyday) throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.append(pack, "lexicon.yaml", everyday);
    return pack;
  }

  @Test
  void everydayWordsAreReadLowerCased() throws IOException {
    Path pack = packWith("everyday: [GAN, temperature]\n");
    Lexicon lexicon = new ContentRepository(pack, ContentLimits.DEFAULT).lexicon();
    assertEquals(List.of("gan", "temperature"), lexicon.everyday());
  }

  @Test
  void aLexiconWithoutThemHasNone() {
    Lexicon lexicon = new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT).lexicon();
    assertEquals(List.of(), lexicon.everyday());
  }

  @Test
  void everydayWordsOfTheWrongShapeAreAContentError() throws IOException {
    Path pack = packWith("everyday: {gan: 1}\n");
    ContentRepository repo = new ContentRepository(pack, ContentLimits.DEFAULT);
    assertThrows(ContentException.class, repo::lexicon);
  }

  @Test
  void layeredLexiconsKeepTheEverydayWordsOfBoth() {
    Lexicon bottom = new Lexicon(List.of(), List.of("gan", "rag"));
    Lexicon top = new Lexicon(List.of(), List.of("rag", "lora"));
    assertEquals(List.of("gan", "rag", "lora"), bottom.merge(top).everyday());
  }
}
