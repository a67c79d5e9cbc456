package dev.genaivsllm.content;

/**
 * A content pack that cannot be used: unreadable, invalid YAML, or not matching its template. The
 * message reads like a compiler error, {@code file:line:column: field: problem}, so editors can
 * jump to it.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ContentException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /**
   * @param line 1-based, or 0 when the problem is with the file as a whole
   */
  public ContentException(
      String file, int line, int column, String field, Rule rule, String message) {
    this(new Problem(file, line, column, field, rule, message));
  }

  public static ContentException ofFile(String file, Rule rule, String message) {
    return new ContentException(file, 0, 0, "", rule, message);
  }

  public Problem detail() {
    return problem;
  }

  public String file() {
    return problem.file();
  }

  public int line() {
    return problem.line();
  }

  public int column() {
    return problem.column();
  }

  public String field() {
    return problem.field();
  }

  public Rule rule() {
    return problem.rule();
  }

  /** The message without the location. */
  public String problem() {
    return problem.message();
  }
}
