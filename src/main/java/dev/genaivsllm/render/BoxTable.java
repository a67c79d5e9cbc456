package dev.genaivsllm.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Draws a table with box-drawing borders (ASCII ones where the glyphs say so). Cells arrive as
 * wrapped plain lines plus a style, so widths are measured before any colour is added.
 */
final class BoxTable {
  /** One cell: its wrapped lines and how to colour each line. */
  record Cell(List<String> lines, UnaryOperator<String> style) {
    static Cell plain(List<String> lines) {
      return new Cell(lines, UnaryOperator.identity());
    }
  }

  private final int[] widths;
  private final Theme theme;
  private final Glyphs glyphs;

  /**
   * @param widths the text width of each column, borders and padding excluded
   */
  BoxTable(RenderContext ctx, int... widths) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.widths = widths.clone();
  }

  /**
   * Column widths for a table exactly {@code total} columns wide: a positive entry in {@code fixed}
   * is that column's width, zero shares the rest (the last column takes the odd remainder).
   */
  static int[] split(int total, int... fixed) {
    int columns = fixed.length;
    int available = total - (3 * columns + 1);
    int[] widths = new int[columns];
    int flexible = 0;
    int used = 0;
    for (int i = 0; i < columns; i++) {
      widths[i] = fixed[i];
      used += Math.max(fixed[i], 0);
      flexible += fixed[i] <= 0 ? 1 : 0;
    }
    int share = flexible == 0 ? 0 : Math.max(8, (available - used) / flexible);
    int last = -1;
    for (int i = 0; i < columns; i++) {
      if (widths[i] <= 0) {
        widths[i] = share;
        last = i;
      }
    }
    if (last >= 0) {
      widths[last] += Math.max(0, available - used - share * flexible);
    }
    return widths;
  }

  String top() {
    return line(0);
  }

  String rule() {
    return line(1);
  }

  String bottom() {
    return line(2);
  }

  List<String> row(List<Cell> cells) {
    int height = cells.stream().mapToInt(c -> c.lines().size()).max().orElse(0);
    String bar = theme.muted(glyphs.vertical());
    List<String> out = new ArrayList<>(height);
    for (int r = 0; r < height; r++) {
      StringBuilder line = new StringBuilder(bar);
      for (int c = 0; c < widths.length; c++) {
        Cell cell = cells.get(c);
        String text = r < cell.lines().size() ? cell.lines().get(r) : "";
        line.append(' ')
            .append(cell.style().apply(text))
            .append(" ".repeat(Math.max(0, widths[c] - TextWrap.width(text))))
            .append(' ')
            .append(bar);
      }
      out.add(line.toString());
    }
    return out;
  }

  /** A border: 0 the top, 1 between rows, 2 the bottom. */
  private String line(int row) {
    StringBuilder s = new StringBuilder().append(glyphs.corner(row, 0));
    for (int c = 0; c < widths.length; c++) {
      s.append(glyphs.horizontal().repeat(widths[c] + 2))
          .append(glyphs.corner(row, c == widths.length - 1 ? 2 : 1));
    }
    return theme.muted(s.toString());
  }
}
