package dev.genaivsllm.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
  /** The definition the hand-written loop must agree with. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static List<Words.Word> byRegex(String text) {
    List<Words.Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      words.add(new Words.Word(word, Words.stem(word), m.start(), m.end()));
    }
    return words;
  }

  @Test
  void splitsLikeTheRegularExpressionOnKnownText() {
    for (String text :
        List.of(
            "",
            "  ",
            "Transformers, GPT-4o and DALL·E 3!",
            "café naïve ½ x² Ⅻ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 end",
            "Stable-Diffusion's U-Net (2022)",
            "日本語のテキスト",
            "a\u0301 combining")) {
      assertEquals(byRegex(text), Words.of(text), text);
    }
    assertEquals(
        List.of("gpt", "4o", "model"),
        Words.of("GPT-4o models").stream().map(Words.Word::stem).toList());
  }

  @Test
  void splitsLikeTheRegularExpressionOnRandomText() {
    Random random = new Random(11);
    int[] pool = {
      'a', 'Z', '0', '9', ' ', '-', '.', 'é', 'ß', '½', '²', 0x2163, 0x1D518, 0x1F600, 0x0301, '\n',
      0x3042, '_', '\'', 0xD800
    };
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(20);
      for (int j = 0; j < n; j++) {
        text.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      String s = text.toString();
      assertEquals(byRegex(s), Words.of(s), s);
    }
  }

  @Test
  void chatFillersAndFunctionWordsTellNothingAboutTheTopic() {
    // "what are the risks ... an admissions committee ought to be aware of": no topic in "ought"
    for (String w : List.of("wtf", "lmao", "ought", "anyway", "anyways", "lol")) {
      assertEquals(true, Words.isStop(w), w);
    }
    assertEquals(false, Words.isStop("hallucination"));
  }
}
