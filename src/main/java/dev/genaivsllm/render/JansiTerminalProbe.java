package dev.genaivsllm.render;

import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiType;
import org.fusesource.jansi.internal.CLibrary;
import org.fusesource.jansi.internal.OSInfo;

/**
 * Asks the operating system, through Jansi, whether stdout is a terminal and how wide and tall it
 * is. Jansi checks the stream itself (isatty), unlike {@code System.console()}, which on JDK 17 is
 * null whenever stdin is redirected. Each question is asked at most once, and only if needed.
 */
public final class JansiTerminalProbe implements TerminalProbe {
  private static final boolean WINDOWS =
      OSInfo.getOSName().toLowerCase(java.util.Locale.ROOT).startsWith("windows");

  private final BooleanSupplier console;
  private Boolean terminal;

  /**
   * @param console whether the JVM sees a console, the answer for stdin where Jansi cannot ask
   *     (Windows)
   */
  public JansiTerminalProbe(BooleanSupplier console) {
    this.console = console;
  }

  @Override
  public boolean stdoutIsTerminal() {
    if (terminal == null) {
      terminal =
          switch (type()) {
            case Redirected, Unsupported -> false;
            default -> true;
          };
    }
    return terminal;
  }

  @Override
  public boolean stdinIsTerminal() {
    try {
      return WINDOWS ? console.getAsBoolean() : CLibrary.isatty(0) == 1;
    } catch (RuntimeException | LinkageError e) {
      return console.getAsBoolean();
    }
  }

  @Override
  public OptionalInt stdoutColumns() {
    if (!stdoutIsTerminal()) {
      return OptionalInt.empty();
    }
    try {
      int columns = AnsiConsole.out().getTerminalWidth();
      return columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
    } catch (RuntimeException | LinkageError e) {
      return OptionalInt.empty();
    }
  }

  @Override
  public OptionalInt stdoutRows() {
    if (WINDOWS || !stdoutIsTerminal()) {
      return OptionalInt.empty();
    }
    try {
      CLibrary.WinSize size = new CLibrary.WinSize();
      if (CLibrary.ioctl(1, CLibrary.TIOCGWINSZ, size) == 0 && size.ws_row > 0) {
        return OptionalInt.of(size.ws_row);
      }
    } catch (RuntimeException | LinkageError e) {
      // no native library: the height stays unknown, and nothing is paged
    }
    return OptionalInt.empty();
  }

  private static AnsiType type() {
    try {
      return AnsiConsole.out().getType();
    } catch (RuntimeException | LinkageError e) {
      // No native library for this platform: treat stdout as not a terminal, never fail.
      return AnsiType.Unsupported;
    }
  }
}
