package dev.genaivsllm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules that are cheap to check by reading the sources. */
class SourceRulesTest {
  private static final Pattern SYSTEM = Pattern.compile("\\bSystem\\.(out|err|in|exit)\\b");

  @Test
  void onlyMainTouchesTheProcessStreamsAndExit() throws IOException {
    Path main = Packs.projectRoot().resolve("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("Main.java"))
              .filter(f -> SYSTEM.matcher(read(f)).find())
              .map(f -> main.relativize(f).toString())
              .toList();
      assertEquals(List.of(), offenders);
    }
  }

  /** Box drawing, bullets, ticks, arrows, separators: Unicode symbols a renderer might spell. */
  private static final Pattern SYMBOL = Pattern.compile("[•·→←✓✗…—═─│┌┬┐├┼┤└┴┘]");

  /**
   * Symbols come from {@code render.Glyphs} alone, so that {@code --ascii} and a locale that is not
   * UTF-8 reach every renderer; comments may mention them.
   */
  @Test
  void onlyGlyphsSpellsASymbol() throws IOException {
    Path main = Packs.projectRoot().resolve("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("Glyphs.java"))
              // core's results hold text, not drawing (a snippet's ellipsis is text, folded to
              // "..." in ASCII like the pack's own)
              .filter(f -> !main.relativize(f).startsWith("dev/genaivsllm/core"))
              .flatMap(
                  f ->
                      read(f)
                          .lines()
                          .filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("//"))
                          .filter(l -> SYMBOL.matcher(l).find())
                          .map(l -> main.relativize(f) + ": " + l.strip()))
              .toList();
      assertEquals(List.of(), offenders);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
