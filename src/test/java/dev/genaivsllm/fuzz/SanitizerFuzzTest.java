package dev.genaivsllm.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.genaivsllm.render.Sanitizer;

/** The sanitiser: whatever goes in, nothing that can drive a terminal comes out. */
class SanitizerFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void noControlCharacterSurvives(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    String clean = Sanitizer.clean(text);
    for (char c : clean.toCharArray()) {
      if ((c < 0x20 && c != '\n' && c != '\t')
          || (c >= 0x7f && c <= 0x9f)
          || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069)) {
        throw new AssertionError("U+" + Integer.toHexString(c) + " survived");
      }
    }
    if (!Sanitizer.clean(clean).equals(clean)) {
      throw new AssertionError("cleaning twice changed the text");
    }
  }
}
