package dev.genaivsllm.content;

/**
 * One thing wrong with a content pack, where it is and which rule it breaks.
 *
 * @param line 1-based, or 0 when the problem is with the file as a whole
 * @param field the field path such as {@code genai.points[2]}, or empty
 */
public record Problem(String file, int line, int column, String field, Rule rule, String message) {
  /** {@code file:line:column: field: message}, like a compiler. */
  public String location() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }

  @Override
  public String toString() {
    return location() + ": " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
