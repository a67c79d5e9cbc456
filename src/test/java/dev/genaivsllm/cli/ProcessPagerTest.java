package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pager process, run through sh as a user's $PAGER would be. */
class ProcessPagerTest {
  @TempDir Path dir;

  @BeforeAll
  static void needsSh() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
  }

  @Test
  void thePagerGetsTheWholeTextInUtf8WithLessSetUpForColourAndUtf8() throws Exception {
    Path seen = dir.resolve("seen");
    Path less = dir.resolve("less");
    String text = "Generative AI ⊃ LLMs — ünïcödé\n".repeat(5000);
    boolean ran =
        new ProcessPager()
            .show(
                "cat > '" + seen + "'; printf '%s %s' \"$LESS\" \"$LESSCHARSET\" > '" + less + "'",
                text,
                StandardCharsets.UTF_8);
    assertTrue(ran);
    assertEquals(text, Files.readString(seen));
    assertEquals(
        "FRX " + java.util.Objects.requireNonNullElse(System.getenv("LESSCHARSET"), "utf-8"),
        Files.readString(less));
  }

  /** In a C locale less would show UTF-8 as {@code <E2><94><80>}; the text is ASCII there. */
  @Test
  void anAsciiTextTellsLessItIsAscii() throws Exception {
    assumeTrue(System.getenv("LESSCHARSET") == null, "the user's own LESSCHARSET wins");
    Path seen = dir.resolve("seen");
    boolean ran =
        new ProcessPager()
            .show(
                "printf %s \"$LESSCHARSET\" > '" + seen + "'", "+--+\n", StandardCharsets.US_ASCII);
    assertTrue(ran);
    assertEquals("ascii", Files.readString(seen));
  }

  @Test
  void aReaderWhoQuitsEarlyIsNotAnError() {
    assertTrue(
        new ProcessPager()
            .show("head -c 10 >/dev/null", "x\n".repeat(1_000_000), StandardCharsets.UTF_8));
  }

  @Test
  void aPagerThatIsNotThereSaysSo() {
    assertFalse(
        new ProcessPager()
            .show("no-such-pager-anywhere 2>/dev/null", "text\n", StandardCharsets.UTF_8));
  }
}
