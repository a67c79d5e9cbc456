package dev.genaivsllm.render;

/**
 * Everything a text renderer needs to know about its destination.
 *
 * @param width columns available for a line
 * @param terminal whether stdout is a terminal (lists print one id per line when it is not)
 * @param glyphs the symbols to draw with: Unicode, or ASCII where the locale cannot show more
 */
public record RenderContext(Theme theme, int width, boolean terminal, Glyphs glyphs) {
  /** A destination that shows Unicode. */
  public RenderContext(Theme theme, int width, boolean terminal) {
    this(theme, width, terminal, Glyphs.UNICODE);
  }
}
