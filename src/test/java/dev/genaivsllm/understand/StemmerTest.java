package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {
  @ParameterizedTest(name = "{0} meets {1}")
  @CsvSource({
    "hallucinations, hallucinate",
    "hallucinating, hallucination",
    "trained, training",
    "summarize, summarization",
    "summarizing, summarize",
    "classified, classification",
    "classifier, classify",
    "models, model",
    "strategies, strategy",
    "generating, generation",
    "generative, generate",
    "making, make",
    "images, imaging",
    "embedded, embed",
    "running, run",
    "quickly, quick",
    "memorise, memorize",
    "memorised, memorized",
    "tokenising, tokenizing",
    "recognise, recognize",
    "optimised, optimized",
    "summarise, summarize",
    "analyse, analyze",
    "behaviour, behavior",
    "colours, colors",
    "modelling, modeling",
    "labelled, labeled",
    "recordings, recording"
  })
  void formsOfOneWordMeet(String a, String b) {
    assertEquals(Stemmer.stem(a), Stemmer.stem(b));
  }

  @ParameterizedTest(name = "{0} stays apart from {1}")
  @CsvSource({
    "general, generative",
    "transformer, transform",
    "apply, app",
    "family, fame",
    "passed, past",
    "diffusion, diffuse",
    "noise, nose",
    "promise, prize",
    "hour, her",
    "install, instal",
    "living, live",
    "recording, record"
  })
  void differentWordsStayApart(String a, String b) {
    assertNotEquals(Stemmer.stem(a), Stemmer.stem(b));
  }

  @ParameterizedTest(name = "{0} keeps its -ise")
  @CsvSource({"noise, nois", "promise, promis", "advertise, advertis", "supervised, supervis"})
  void wordsThatOnlyEndInIseKeepIt(String word, String stem) {
    assertEquals(stem, Stemmer.stem(word));
  }

  @org.junit.jupiter.api.Test
  void shortAndNonLatinWordsKeepTheirForm() {
    for (String word : List.of("gan", "vae", "rag", "gpt", "日本語", "café", "4o")) {
      assertEquals(word, Stemmer.stem(word));
    }
  }
}
