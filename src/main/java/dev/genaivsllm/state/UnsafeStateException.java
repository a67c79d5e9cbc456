package dev.genaivsllm.state;

/**
 * A file or folder the program keeps for the user (quiz progress) that it will not touch: not a
 * regular file, not the user's own, or in a folder others can write. The message says which and
 * why, in one line.
 */
public final class UnsafeStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsafeStateException(String message) {
    super(message);
  }
}
