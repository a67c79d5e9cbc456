package dev.genaivsllm.render;

/** A result asked for in a format that cannot show it, such as a comparison as SVG. */
public final class UnsupportedFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormatException(String message) {
    super(message);
  }
}
