package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.model.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {
  private final LexiconMatcher matcher =
      new LexiconMatcher(
          new Lexicon(
              List.of(
                  new Lexicon.Term("fine-tuning", List.of("train it on my data")),
                  new Lexicon.Term("hallucination", List.of("make up facts")))));

  private List<String> terms(String text) {
    return matcher.find(Words.of(text)).stream().map(LexiconMatcher.Match::term).toList();
  }

  @Test
  void articlesPossessivesAndPronounsDoNotChangeAPhrase() {
    assertEquals(List.of("fine-tuning"), terms("can we train on our data"));
    assertEquals(List.of("fine-tuning"), terms("train it on my data"));
    assertEquals(List.of("hallucination"), terms("why does it make up the facts"));
  }

  @Test
  void otherWordsInsideAPhraseStillBreakIt() {
    assertEquals(List.of(), terms("train it on new data"));
    assertEquals(List.of(), terms("make up new facts"));
  }

  @Test
  void theMatchCoversThePassedOverWords() {
    LexiconMatcher.Match m = matcher.find(Words.of("please make up the facts")).get(0);
    assertEquals(1, m.start());
    assertEquals(5, m.end());
  }
}
