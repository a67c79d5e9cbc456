package dev.genaivsllm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorModeTest {
  @ParameterizedTest(name = "{0} NO_COLOR={1} CLICOLOR_FORCE={2} TERM={3} tty={4} -> {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        "auto,   -, -, xterm, true,  true",
        "auto,   -, -, xterm, false, false",
        "auto,   1, -, xterm, true,  false",
        "auto,  '', -, xterm, true,  true",
        "auto,   -, -, dumb,  true,  false",
        "auto,   -, 1, xterm, false, true",
        "auto,   -, 0, xterm, false, false",
        "auto,   1, 1, xterm, true,  false",
        "always, 1, -, dumb,  false, true",
        "never,  -, 1, xterm, true,  false"
      })
  void followsTheConventionalPrecedence(
      ColorMode mode, String noColor, String force, String term, boolean tty, boolean expected) {
    Map<String, String> env = new HashMap<>();
    if (noColor != null) {
      env.put("NO_COLOR", noColor);
    }
    if (force != null) {
      env.put("CLICOLOR_FORCE", force);
    }
    env.put("TERM", term);
    assertEquals(expected, mode.enabled(env, tty));
  }
}
