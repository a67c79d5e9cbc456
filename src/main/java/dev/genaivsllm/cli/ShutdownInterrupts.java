package dev.genaivsllm.cli;

/**
 * Last words through a JVM shutdown hook, which runs on SIGINT (Ctrl-C), SIGTERM and SIGHUP before
 * the JVM exits with 128 + the signal (130 for Ctrl-C). Only Ctrl-C can stop a program blocked
 * reading a line, so the hook, not the reading thread, says goodbye.
 */
public final class ShutdownInterrupts implements Interrupts {
  @Override
  public Registration onInterrupt(Runnable lastWords) {
    Thread hook = new Thread(lastWords, "last-words");
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running or has run
      }
    };
  }
}
