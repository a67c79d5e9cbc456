package dev.genaivsllm.cli;

/**
 * Lets a command that waits for a person leave a last word when it is interrupted (Ctrl-C, or the
 * terminal closing): the program still ends, but on a fresh line that says what was kept. {@code
 * Main} gives the real one ({@link ShutdownInterrupts}); tests give one they can trigger.
 */
@FunctionalInterface
public interface Interrupts {
  /** For runs where nobody can interrupt: nothing is ever said. */
  Interrupts NONE = lastWords -> () -> {};

  /**
   * Has {@code lastWords} run if the program is interrupted before the returned registration is
   * closed.
   */
  Registration onInterrupt(Runnable lastWords);

  /** What to close once the last words no longer apply. */
  @FunctionalInterface
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
