package dev.genaivsllm.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Line breaking for pictures, by any measure of width. A word is never cut: one wider than the line
 * stays whole and sticks out, which a caller avoids by asking for {@link #widest} first. Labels
 * (ids) may break after a hyphen when the caller allows it.
 */
public final class Wrap {
  private Wrap() {}

  /** Greedy lines of at most {@code max} wide, broken at spaces. */
  public static List<String> lines(String text, int max, ToIntFunction<String> width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width.applyAsInt(longer) > max) {
        lines.add(line);
        line = word;
      } else {
        line = longer;
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** A label on one line, or broken after its hyphens into lines of at most {@code max}. */
  public static List<String> label(
      String label, int max, boolean breakHyphens, ToIntFunction<String> width) {
    if (!breakHyphens || width.applyAsInt(label) <= max) {
      return List.of(label);
    }
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String part : parts(label)) {
      if (!line.isEmpty() && width.applyAsInt(line + part) > max) {
        lines.add(line);
        line = part;
      } else {
        line += part;
      }
    }
    lines.add(line);
    return lines;
  }

  /** The widest piece that cannot be broken further: a word, or a label's hyphenated part. */
  public static int widest(String text, boolean breakHyphens, ToIntFunction<String> width) {
    int widest = 0;
    for (String word : text.strip().split("\\s+")) {
      for (String part : breakHyphens ? parts(word) : List.of(word)) {
        widest = Math.max(widest, width.applyAsInt(part));
      }
    }
    return widest;
  }

  /** {@code diffusion-language-model} as {@code diffusion-}, {@code language-}, {@code model}. */
  private static List<String> parts(String word) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = word.indexOf('-'); i >= 0; i = word.indexOf('-', i + 1)) {
      parts.add(word.substring(start, i + 1));
      start = i + 1;
    }
    parts.add(word.substring(start));
    return parts;
  }
}
