package dev.genaivsllm.render;

/**
 * The characters pictures are drawn with in a terminal: box lines by the directions they join, the
 * band under a pair, the mark of a crossing and the dot of an event. Drawing code takes one of
 * these as a value, so box drawing and plain ASCII are the same code.
 *
 * @param lines the line for each set of directions: bit 1 up, 2 down, 4 left, 8 right
 */
record LineGlyphs(String lines, String band, String mark, String dot, String bar) {
  static final int UP = 1;
  static final int DOWN = 2;
  static final int LEFT = 4;
  static final int RIGHT = 8;

  static final LineGlyphs BOX = new LineGlyphs(" │││─╯╮┤─╰╭├─┴┬┼", "═", "◆", "●", "│");
  static final LineGlyphs ASCII = new LineGlyphs(" |||-+++-+++-+++", "=", "*", "o", "|");

  /** The character where lines meet from these directions. */
  char line(int directions) {
    return lines.charAt(directions & 15);
  }
}
