package dev.genaivsllm.cli;

/** Standard output was closed by its reader; the program stops quietly. */
final class OutputClosedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputClosedException() {
    super("output closed", null, false, false);
  }
}
