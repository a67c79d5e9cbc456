package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsideTest {
  @Test
  void aFewWordsEndedByAStopColonOrCommaAreSetApart() {
    Aside a = Aside.leading("film editor: need subtitles from the dialogue track").orElseThrow();
    assertEquals("film editor", a.words());
    assertEquals("need subtitles from the dialogue track", a.rest());
    assertEquals(
        "budget question",
        Aside.leading("budget question. what will it cost").orElseThrow().words());
  }

  @Test
  void moreThanThreeWordsOrNothingAfterIsNoAside() {
    assertTrue(Aside.leading("our hospital records team lead: can we").isEmpty());
    assertTrue(Aside.leading("novelist.").isEmpty());
    assertTrue(Aside.leading("why do llms make things up").isEmpty());
  }

  @Test
  void aRoleIsToldByHowTheWordEnds() {
    assertTrue(Aside.leading("film editor: cut").orElseThrow().namesARole());
    assertTrue(Aside.leading("musician: lyrics out").orElseThrow().namesARole());
    assertTrue(Aside.leading("data journalist. what").orElseThrow().namesARole());
    assertFalse(Aside.leading("voice assistant: hear it").orElseThrow().namesARole());
    assertFalse(Aside.leading("deepfakes. how are they made").orElseThrow().namesARole());
  }
}
