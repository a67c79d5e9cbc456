package dev.genaivsllm.cli;

/**
 * Reading or writing failed for a reason outside the program: standard output on a full disk or a
 * failing device, a file the command writes, standard input. One line and exit code 7.
 */
final class InputOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputOutputException(String message) {
    super(message, null, false, false);
  }
}
