package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary =
      new Vocabulary.Builder().document("track speaking customize summarize simulate").build();

  private List<String> corrections(String word) {
    return vocabulary.corrections(word, Words.stem(word)).stream()
        .map(n -> vocabulary.word(n.stem()))
        .toList();
  }

  @Test
  void aTypoIsReadAsTheKnownWord() {
    assertEquals(List.of("summarize"), corrections("sumarize"));
  }

  @Test
  void aRealWordIsNotReadAsADifferentOne() {
    // each is one or two edits from a known word, and near() still offers it to search
    assertEquals(List.of(), corrections("truck"));
    assertEquals(List.of(), corrections("spreading"));
    assertTrue(!vocabulary.near("truck", Words.stem("truck")).isEmpty());
  }

  @Test
  void aRealWordIsReadAsAnotherFormOfItself() {
    assertEquals(List.of("customize"), corrections("customise"));
    assertEquals(List.of("simulate"), corrections("simulator"));
    // another word that starts alike is not another form: the interval scene is no internal one
    Vocabulary internal = new Vocabulary.Builder().document("internal documents").build();
    assertEquals(
        List.of(),
        internal.corrections("interval", Words.stem("interval")).stream()
            .map(n -> internal.word(n.stem()))
            .toList());
  }

  @Test
  void aWordOneLetterShortOfAKnownWordIsThatWord() {
    Vocabulary pack = new Vocabulary.Builder().document("a transformer can transform text").build();
    List<String> near =
        pack.near("transformr", Words.stem("transformr")).stream()
            .map(n -> pack.word(n.stem()))
            .toList();
    // one letter from "transform" too, but a dropped letter is the likelier slip
    assertEquals(List.of("transformer"), near);
    // two letters swapped is as common a slip: "modles" is "models", though "modules" is one
    // letter longer
    Vocabulary models = new Vocabulary.Builder().document("models of modules").build();
    assertEquals(
        List.of("models", "modules"),
        models.near("modles", Words.stem("modles")).stream()
            .map(n -> models.word(n.stem()))
            .sorted()
            .toList());
    // with no word one letter longer, every word one typo away is still offered
    assertEquals(
        List.of("transform"),
        pack.near("transfform", Words.stem("transfform")).stream()
            .map(n -> pack.word(n.stem()))
            .toList());
  }
}
