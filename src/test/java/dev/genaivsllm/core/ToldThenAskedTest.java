package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ToldThenAskedTest {
  @Test
  void aWhyThatSaysNothingOfWhatLeavesTheStory() {
    assertEquals(
        "the app drains my battery overnight,",
        ToldThenAsked.story("the app drains my battery overnight, why does it do that"));
    assertEquals(
        "The bot repeats itself.",
        ToldThenAsked.story("The bot repeats itself. Why does this keep happening?"));
  }

  @Test
  void aWhyThatSaysWhatOrNothingBeforeItIsTheWholeQuestion() {
    for (String q :
        new String[] {
          "our chatbot told a guest we have a pool, why does it invent facilities",
          "asked it about the new rules. why doesn't it know",
          "my son says the AI was graded by people. how does that work",
          "why does it do that"
        }) {
      assertEquals(q, ToldThenAsked.story(q));
    }
  }
}
