package dev.genaivsllm.render;

/** How a result is printed. Lower-case names: they are the values users type. */
public enum OutputFormat {
  text,
  json,
  markdown,
  /** A standalone picture; only {@code map} and {@code timeline} draw one. */
  svg
}
