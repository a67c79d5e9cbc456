package dev.genaivsllm.core;

/** An answer that does not fit its question; the message says what would. */
public final class InvalidAnswerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidAnswerException(String message) {
    super(message);
  }
}
