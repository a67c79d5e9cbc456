package dev.genaivsllm.match;

import java.util.List;

/** A name the user typed that matches no entry, or more than one. */
public final class UnknownIdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String query;
  private final List<String> candidates;
  private final boolean ambiguous;
  private final String hint;

  /**
   * @param kind what was looked up, such as "dimension"
   * @param candidates the closest ids, or every match when {@code ambiguous}
   */
  public UnknownIdException(String kind, String query, List<String> candidates, boolean ambiguous) {
    this(kind, query, candidates, ambiguous, "");
  }

  private UnknownIdException(
      String kind, String query, List<String> candidates, boolean ambiguous, String hint) {
    super(message(kind, query, candidates, ambiguous) + (hint.isEmpty() ? "" : "; " + hint));
    this.kind = kind;
    this.query = query;
    this.candidates = List.copyOf(candidates);
    this.ambiguous = ambiguous;
    this.hint = hint;
  }

  /** The same failure with advice added to its message. */
  public UnknownIdException withHint(String hint) {
    return new UnknownIdException(kind, query, candidates, ambiguous, hint);
  }

  /** Advice added to the message, or empty. */
  public String hint() {
    return hint;
  }

  /**
   * What the user typed, quoted for a message; a long text only in part, so that a message stays
   * one readable line.
   */
  public static String quote(String text) {
    return text.length() <= 60
        ? "'" + text + "'"
        : "'" + text.substring(0, 57) + "...' (" + text.length() + " characters)";
  }

  private static String message(
      String kind, String query, List<String> candidates, boolean ambiguous) {
    if (ambiguous) {
      return quote(query) + " matches more than one " + kind + ": " + String.join(", ", candidates);
    }
    String message = "unknown " + kind + " " + quote(query);
    if (candidates.isEmpty()) {
      return message;
    }
    return message
        + "; did you mean "
        + String.join(" or ", candidates.stream().map(c -> "'" + c + "'").toList())
        + "?";
  }

  public String kind() {
    return kind;
  }

  public String query() {
    return query;
  }

  public List<String> candidates() {
    return candidates;
  }

  public boolean ambiguous() {
    return ambiguous;
  }
}
