package dev.genaivsllm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextWrapTest {
  @Test
  void wrapsAtSpaces() {
    assertEquals(List.of("one two", "three"), TextWrap.wrap("one two three", 7));
  }

  @Test
  void splitsAWordLongerThanTheLineInsteadOfCuttingIt() {
    assertEquals(List.of("see", "abcdefgh", "ij end"), TextWrap.wrap("see abcdefghij end", 8));
  }

  @Test
  void hangingIndentLinesUpUnderTheText() {
    assertEquals(List.of("• one two", "  three"), TextWrap.hanging("• ", "one two three", 9));
  }

  @Test
  void countsCodePointsNotBytes() {
    assertEquals(List.of("Aäron é", "→"), TextWrap.wrap("Aäron é →", 7));
  }

  @Test
  void measuresDisplayColumnsWideCharactersTwiceMarksNotAtAll() {
    assertEquals(4, TextWrap.width("中文"));
    assertEquals(4, TextWrap.width("cafe\u0301"));
    assertEquals(List.of("中文", "中文"), TextWrap.wrap("中文 中文", 5));
  }

  /** A path or URL too long for its column breaks after a slash or hyphen, not mid-name. */
  @Test
  void aLongAddressBreaksAfterASeparator() {
    assertEquals(
        List.of("https://example.org/", "a-deliberately-long-", "address"),
        TextWrap.wrap("https://example.org/a-deliberately-long-address", 20));
    assertEquals(List.of("docs/", "lint-rules.md"), TextWrap.wrap("docs/lint-rules.md", 14));
    assertEquals(
        List.of("$XDG_STATE_HOME/genai-vs-llm/", "progress.json"),
        TextWrap.wrap("$XDG_STATE_HOME/genai-vs-llm/progress.json", 40));
  }

  /** Whatever the width, no line is too long and every character survives, in order. */
  @Test
  void neverLosesTextAtAnyWidth() {
    Random random = new Random(42);
    String[] words = {
      "a",
      "diffusion",
      "model",
      "https://example.org/long/path/segment",
      "LLM",
      "Aäron",
      "x",
      "self-attention",
      "中文字",
      "e\u0301t\u00e9"
    };
    for (int trial = 0; trial < 500; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      int width = 2 + random.nextInt(40); // a wide character needs two
      List<String> lines = TextWrap.wrap(text.toString(), width);
      for (String line : lines) {
        assertTrue(TextWrap.width(line) <= width, () -> line + " wider than " + width);
      }
      assertEquals(text.toString().replace(" ", ""), String.join("", lines).replace(" ", ""));
    }
  }
}
