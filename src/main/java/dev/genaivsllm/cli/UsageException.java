package dev.genaivsllm.cli;

/** The command line cannot be carried out as given; the message says what to change. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }

  /**
   * Text typed on the command line that is longer than a command reads: "a question is at most 1000
   * characters, and this one has 1200; ask it in a sentence or two".
   */
  static void checkLength(String text, int max, String what, String advice) {
    if (text.length() > max) {
      throw new UsageException(
          what + " is at most " + max + " characters, and this one has " + text.length() + advice);
    }
  }
}
