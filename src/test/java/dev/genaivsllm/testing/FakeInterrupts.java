package dev.genaivsllm.testing;

import dev.genaivsllm.cli.Interrupts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Ctrl-C for in-process tests: {@link #interrupt} runs the last words registered, as the JVM's
 * shutdown hooks would, then stops the program by throwing {@link Interrupted}, which {@link
 * CliRun} reports as exit code 130, as a shell would.
 */
public final class FakeInterrupts implements Interrupts {
  /** What ends the run, as the JVM's exit ends the real one. */
  public static final class Interrupted extends Error {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("Ctrl-C", null, false, false);
    }
  }

  private final List<Runnable> lastWords = new CopyOnWriteArrayList<>();

  @Override
  public Registration onInterrupt(Runnable words) {
    lastWords.add(words);
    return () -> lastWords.remove(words);
  }

  /** Ctrl-C: the last words, then the end of the run. */
  public void interrupt() {
    lastWords.forEach(Runnable::run);
    throw new Interrupted();
  }
}
