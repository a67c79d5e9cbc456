package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.model.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {
  private static final Lexicon LEXICON =
      new Lexicon(
          List.of(
              new Lexicon.Term(
                  "hallucination", List.of("make things up", "lie", "which do not exist")),
              new Lexicon.Term("image", List.of("picture", "pics")),
              new Lexicon.Term("text to image", List.of("image generator"))));

  private final TextReader reader =
      new TextReader(
          new Vocabulary.Builder()
              .document("Hallucination: confident falsehood from a language model.")
              .document("A transformer reads tokens with attention.")
              .document("Diffusion models generate an image from noise.")
              .know(List.of("hallucination", "image"))
              .build(),
          new LexiconMatcher(LEXICON));

  /** A reader whose vocabulary is this one document's, with the test lexicon. */
  private static TextReader readerOf(String document) {
    return new TextReader(
        new Vocabulary.Builder().document(document).build(), new LexiconMatcher(LEXICON));
  }

  @Test
  void anEverydayPhraseAddsTheTermItMeansAndCountsForLess() {
    Reading r = reader.read("why do llms make things up");
    assertEquals(List.of("hallucination"), r.terms());
    assertTrue(r.vector().weight(Words.stem("hallucination")) > 0);
    assertTrue(
        r.vector().weight(Words.stem("make")) < r.vector().weight(Words.stem("hallucination")),
        r.vector().weights()::toString);
  }

  @Test
  void theAiSomeonePointsAtIsPointedOnlyWhenTheQuestionSaysEnoughBesides() {
    java.util.Set<String> ai = java.util.Set.of(Words.stem("ai"));
    assertEquals(ai, reader.read("why didnt the ai know who won the game last weekend").pointed());
    assertEquals(ai, reader.read("our ai doorbell camera keeps missing the postman").pointed());
    // too little else said, "ai" said bare too, or said bare only
    assertEquals(java.util.Set.of(), reader.read("the ai in my car").pointed());
    assertEquals(java.util.Set.of(), reader.read("the ai vs the llm").pointed());
    assertEquals(
        java.util.Set.of(),
        reader
            .read("is ai the same as the ai my phone keyboard uses for guessing words")
            .pointed());
    assertEquals(
        java.util.Set.of(), reader.read("what is ai and how does it learn things").pointed());
  }

  @Test
  void aTermAddsItsWordsButNotItsStopWords() {
    // no entry is indexed by "to", so a question reading it would carry weight nothing can cover
    Reading r = reader.read("how does an image generator work");
    assertTrue(r.vector().weight(Words.stem("text")) > 0, r.vector().weights()::toString);
    assertEquals(0.0, r.vector().weight("to"), r.vector().weights()::toString);
  }

  @Test
  void aTermToldInSeveralWordsIsToldAndOneWordIsNot() {
    assertEquals(List.of("hallucination"), reader.read("why do llms make things up").told());
    Reading one = reader.read("does it lie");
    assertEquals(List.of("hallucination"), one.terms());
    assertEquals(List.of(), one.told());
  }

  @Test
  void aDenialCountsAsAWordOfThePhraseItIsIn() {
    // "exist" alone is one word, but "which do not exist" tells the situation in two
    assertEquals(
        List.of("hallucination"), reader.read("it cites papers which do not exist").told());
  }

  @Test
  void aTypoOfAKnownWordIsReadAsThatWord() {
    Reading r = reader.read("what is a transfomer");
    assertEquals(List.of(new Reading.Correction("transfomer", "transformer")), r.corrections());
    assertTrue(r.vector().weight("transformer") > 0);
  }

  @Test
  void aTypoNearSeveralWordsLeansToTheCommonestOfThem() {
    // "modles" is one slip from "models" and from "modules"; the rarer word must not outweigh the
    // likelier one because it is rare
    TextReader models =
        new TextReader(
            new Vocabulary.Builder()
                .document("Models learn.")
                .document("Diffusion models denoise.")
                .document("Language models predict.")
                .document("Plug modules in.")
                .build(),
            new LexiconMatcher(LEXICON));
    Reading r = models.read("diffusion modles");
    assertTrue(
        r.vector().weight(Words.stem("models")) > r.vector().weight(Words.stem("modules")),
        r.vector().weights()::toString);
    assertTrue(r.vector().weight(Words.stem("modules")) > 0, r.vector().weights()::toString);
  }

  @Test
  void aCommonWordNearAKnownOneIsNotSaidBackAsATypo() {
    // "clause" is one letter from the model "claude", but it is an English word typed as meant;
    // the near word still adds a little to the score
    TextReader claude = readerOf("Claude is a chat assistant.");
    Reading r = claude.read("drafting a contract clause");
    assertEquals(List.of(), r.corrections());
    assertTrue(r.vector().weight(Words.stem("claude")) > 0, r.vector().weights()::toString);
    assertEquals(
        List.of(new Reading.Correction("claudr", "claude")), claude.read("claudr").corrections());
  }

  @Test
  void aTypoKeepsItsFirstLetter() {
    // "lmage" is one edit from "image", but people mistype inside a word, not its first letter
    assertEquals(List.of(), reader.read("lmage").corrections());
    assertEquals(
        List.of(new Reading.Correction("imagw", "image")), reader.read("imagw").corrections());
  }

  @Test
  void aNumberIsNeverReadAsATypoOfAnother() {
    // "100mb" is one edit from the model size "100b", but a number is not misspelt
    TextReader sizes = readerOf("A 100b model needs several GPUs.");
    assertEquals(List.of(), sizes.read("the lora file is only 100mb").corrections());
    assertEquals(
        List.of(new Reading.Correction("modell", "model")),
        sizes.read("the 100mb modell").corrections());
  }

  @Test
  void theStartOfAKnownWordIsReadAsThatWord() {
    assertTrue(reader.read("diffus").vector().weight("diffusion") > 0);
  }

  @Test
  void aWholeWordWithAnEndingIsNotTheStartOfAnother() {
    // "langing" stems to "lang", the start of "language", but was typed as a whole word (as
    // "buzzing" is not "buzzword")
    assertEquals("lang", Words.stem("langing"));
    assertEquals(List.of(), reader.read("langing").corrections());
    assertTrue(reader.read("langu").vector().weight(Words.stem("language")) > 0);
  }

  @Test
  void aKnownWordIsNeverCorrectedIntoAnother() {
    Reading r = reader.read("attention");
    assertEquals(List.of(), r.corrections());
  }

  @Test
  void wordsTheTextsNeverUseAreUnknownAndLowerTheKnownShare() {
    Reading inScope = reader.read("transformer attention");
    Reading outOfScope = reader.read("transformer toys for kids");
    assertEquals(1.0, inScope.knownShare(), 1e-9);
    assertEquals(List.of("toys", "kids"), outOfScope.unknown());
    assertTrue(outOfScope.knownShare() < 0.4, () -> "share " + outOfScope.knownShare());
  }

  @Test
  void shortWordsAreNotGuessed() {
    assertEquals(List.of("llm"), reader.read("llm").unknown());
  }

  @Test
  void cosineIsOneForTheSameTextAndZeroForNothingShared() {
    TermVector a = reader.document("transformer attention");
    assertEquals(1.0, a.cosine(reader.document("attention transformer")), 1e-9);
    assertEquals(0.0, a.cosine(reader.document("diffusion noise")), 1e-9);
    assertEquals(0.0, a.cosine(TermVector.EMPTY), 1e-9);
  }
}
