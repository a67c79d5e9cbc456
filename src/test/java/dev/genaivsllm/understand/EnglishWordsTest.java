package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {
  @Test
  void findsWordsAtTheStartMiddleAndEndOfTheList() {
    assertTrue(EnglishWords.contains("aardvark"));
    assertTrue(EnglishWords.contains("truck"));
    assertTrue(EnglishWords.contains("spreading"));
    assertTrue(EnglishWords.contains("zucchinis"));
  }

  @Test
  void doesNotFindTyposShortWordsOrTheComment() {
    assertFalse(EnglishWords.contains("speach"));
    assertFalse(EnglishWords.contains("sumarize"));
    assertFalse(EnglishWords.contains("the")); // the list holds words of five letters or more
    assertFalse(EnglishWords.contains("copyright 2000-2011 by kevin atkinson"));
    assertFalse(EnglishWords.contains("zzzzzzz"));
    assertFalse(EnglishWords.contains(""));
  }
}
