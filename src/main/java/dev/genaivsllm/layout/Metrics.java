package dev.genaivsllm.layout;

import java.util.function.ToIntFunction;

/**
 * The sizes of a medium, in its own unit: character cells for a terminal, pixels for SVG. The same
 * layout serves both, so the picture has one shape wherever it is drawn.
 *
 * @param edge thickness of a box's edge (a cell in a terminal, nothing for a vector line)
 * @param pad space between an edge and what is inside it, across
 * @param padY space between an edge and what is inside it, down
 * @param header height of a box's top, label included (a terminal draws the label in the edge)
 * @param line height of a line of text
 * @param gapX space between two labels in a row
 * @param gapY space between two things stacked inside a box
 * @param noteGap extra space after a row that holds a label with a note
 * @param shift how far the second box of a pair stacked on top of each other is moved across
 * @param labelInset how much wider than its label a box must be
 * @param mark width of the mark before a label that crosses a line
 * @param labelWidth the width of a label (a concept id)
 * @param textWidth the width of a note
 */
public record Metrics(
    int edge,
    int pad,
    int padY,
    int header,
    int line,
    int gapX,
    int gapY,
    int noteGap,
    int shift,
    int labelInset,
    int mark,
    ToIntFunction<String> labelWidth,
    ToIntFunction<String> textWidth) {

  /** A terminal: one cell per code point, labels in the top edge of their box. */
  public static Metrics cells() {
    ToIntFunction<String> cells = s -> s.codePointCount(0, s.length());
    return new Metrics(1, 1, 0, 1, 1, 2, 0, 1, 2, 6, 2, cells, cells);
  }
}
