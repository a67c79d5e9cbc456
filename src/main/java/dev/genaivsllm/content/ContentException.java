package dev.genaivsllm.content;

/**
 * A content pack that cannot be used: unreadable, invalid YAML, or not matching its template. The
 * message reads like a compiler error, {@code file:line:column: field: problem}, so editors can
 * jump to it.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String problem;

  /**
   * @param line 1-based, or 0 when the problem is with the file as a whole
   * @param field the field path such as {@code genai.points[2]}, or empty
   */
  public ContentException(String file, int line, int column, String field, String problem) {
    super(format(file, line, column, field, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = problem;
  }

  public static ContentException ofFile(String file, String problem) {
    return new ContentException(file, 0, 0, "", problem);
  }

  private static String format(String file, int line, int column, String field, String problem) {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ");
    if (!field.isEmpty()) {
      s.append(field).append(": ");
    }
    return s.append(problem).toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
