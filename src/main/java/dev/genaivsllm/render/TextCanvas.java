package dev.genaivsllm.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A grid of character cells to draw pictures on. Box edges are kept as the directions they join, so
 * where two boxes cross the right junction appears by itself; text is written over them. Each cell
 * remembers its style, and a row is coloured run by run only when it is turned into text, so widths
 * never count escape codes.
 */
final class TextCanvas {
  private final int width;
  private final int height;
  private final int[] lines;
  private final int[] chars;
  private final int[] styles;
  private final List<UnaryOperator<String>> palette = new ArrayList<>();

  TextCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    this.lines = new int[width * height];
    this.chars = new int[width * height];
    this.styles = new int[width * height];
    palette.add(UnaryOperator.identity());
  }

  /** The outline of a box; crossings with boxes already drawn join up. */
  void box(int x, int y, int w, int h, UnaryOperator<String> style) {
    int s = style(style);
    for (int i = x; i < x + w; i++) {
      join(i, y, (i > x ? Glyphs.LEFT : 0) | (i < x + w - 1 ? Glyphs.RIGHT : 0), s);
      join(i, y + h - 1, (i > x ? Glyphs.LEFT : 0) | (i < x + w - 1 ? Glyphs.RIGHT : 0), s);
    }
    for (int j = y; j < y + h; j++) {
      int vertical = (j > y ? Glyphs.UP : 0) | (j < y + h - 1 ? Glyphs.DOWN : 0);
      join(x, j, vertical, s);
      join(x + w - 1, j, vertical, s);
    }
  }

  /** Text from (x, y) to the right; what does not fit is left out rather than wrapped. */
  void text(int x, int y, String text, UnaryOperator<String> style) {
    if (y < 0 || y >= height) {
      return;
    }
    int s = style(style);
    int col = x;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (col >= 0 && col < width) {
        chars[y * width + col] = cp;
        styles[y * width + col] = s;
      }
      col++;
      i += Character.charCount(cp);
    }
  }

  /** The rows as text, each coloured run by run and without trailing spaces. */
  List<String> rows(Glyphs glyphs) {
    List<String> rows = new ArrayList<>(height);
    for (int y = 0; y < height; y++) {
      int end = width;
      while (end > 0 && cell(y * width + end - 1, glyphs) == ' ') {
        end--;
      }
      StringBuilder row = new StringBuilder();
      StringBuilder run = new StringBuilder();
      int runStyle = 0;
      for (int x = 0; x < end; x++) {
        int i = y * width + x;
        int cp = cell(i, glyphs);
        int s = cp == ' ' ? runStyle : styles[i];
        if (s != runStyle && run.length() > 0) {
          row.append(palette.get(runStyle).apply(run.toString()));
          run.setLength(0);
        }
        runStyle = s;
        run.appendCodePoint(cp);
      }
      row.append(palette.get(runStyle).apply(run.toString()));
      rows.add(row.toString());
    }
    return rows;
  }

  private int cell(int i, Glyphs glyphs) {
    return chars[i] != 0 ? chars[i] : glyphs.line(lines[i]);
  }

  private void join(int x, int y, int directions, int style) {
    if (x >= 0 && x < width && y >= 0 && y < height) {
      lines[y * width + x] |= directions;
      styles[y * width + x] = style;
    }
  }

  private int style(UnaryOperator<String> style) {
    int i = palette.indexOf(style);
    if (i < 0) {
      palette.add(style);
      i = palette.size() - 1;
    }
    return i;
  }
}
