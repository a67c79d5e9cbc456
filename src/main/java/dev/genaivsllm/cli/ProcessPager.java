package dev.genaivsllm.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Runs the pager as {@code sh -c COMMAND}, as git and gh do, so that {@code PAGER="less -S"} works,
 * with the terminal as its output and the text on its input.
 */
public final class ProcessPager implements Pager {
  /** What sh says when it cannot find or run the command. */
  private static final int NOT_RUNNABLE = 126;

  private static final int NOT_FOUND = 127;

  @Override
  public boolean show(String command, String text, Charset charset) {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", command)
            .redirectOutput(Redirect.INHERIT)
            .redirectError(Redirect.INHERIT);
    // Colours pass through, and a short text does not wait for a keypress (as git sets them).
    builder.environment().putIfAbsent("LESS", "FRX");
    builder.environment().putIfAbsent("LV", "-c");
    // less reads the charset from the locale, and shows UTF-8 as <E2><94><80> in a C locale. Tell
    // it what the text is in, unless the user has said what their terminal takes.
    builder
        .environment()
        .putIfAbsent("LESSCHARSET", charset.equals(StandardCharsets.UTF_8) ? "utf-8" : "ascii");
    Process pager;
    try {
      pager = builder.start();
    } catch (IOException e) {
      return false; // no sh here (Windows without one)
    }
    // Ctrl-C in less reaches this JVM too and ends it; the pager must keep the terminal until
    // the reader quits it, or the shell and an orphaned pager would both read the keyboard.
    Thread keepTerminal = new Thread(() -> awaitQuietly(pager));
    Runtime.getRuntime().addShutdownHook(keepTerminal);
    try {
      return feed(pager, text, charset);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(keepTerminal);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is waiting for the pager
      }
    }
  }

  private static boolean feed(Process pager, String text, Charset charset) {
    try (Writer in = new OutputStreamWriter(pager.getOutputStream(), charset)) {
      in.write(text);
    } catch (IOException e) {
      // The reader quit before the end (q in less): the rest is not wanted.
    }
    try {
      int code = pager.waitFor();
      return code != NOT_RUNNABLE && code != NOT_FOUND;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private static void awaitQuietly(Process pager) {
    try {
      pager.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
