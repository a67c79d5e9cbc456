package dev.genaivsllm.render;

/** Escaping for text placed into markdown. */
final class Markdown {
  private Markdown() {}

  /** Escapes the characters that would start markdown formatting or raw HTML. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  /** Text inside a table cell: escaped, with pipes escaped too. */
  static String cell(String text) {
    return escape(text).replace("|", "\\|");
  }
}
