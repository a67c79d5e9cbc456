package dev.genaivsllm.match;

/** A search or a selection that found nothing: reported like an unknown name (exit code 3). */
public final class NoMatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private NoMatchException(String message) {
    super(message);
  }

  /** Nothing matches what the user typed. */
  public static NoMatchException forQuery(String query) {
    return new NoMatchException(
        "nothing matches "
            + UnknownIdException.quote(query)
            + "; try fewer words, another spelling or a synonym");
  }

  /** Nothing fits, for the reason given. */
  public static NoMatchException because(String message) {
    return new NoMatchException(message);
  }
}
