package dev.genaivsllm.render;

import java.util.OptionalInt;

/**
 * Terminal facts the launcher already knows ({@code [ -t 1 ]}, {@code stty size}) and passes in,
 * which spares the program loading Jansi's native library just to ask again.
 */
public record KnownTerminal(
    boolean stdoutIsTerminal, boolean stdinIsTerminal, int columns, int rows)
    implements TerminalProbe {
  /**
   * Reads the launcher's {@code -Dgenai-vs-llm.tty=OI} (O and I are 1 or 0 for stdout and stdin),
   * {@code -Dgenai-vs-llm.columns=N} and {@code -Dgenai-vs-llm.rows=N}; null when the launcher said
   * nothing.
   */
  public static KnownTerminal parse(String tty, String columns, String rows) {
    if (tty == null || tty.length() != 2 || !flag(tty.charAt(0)) || !flag(tty.charAt(1))) {
      return null;
    }
    return new KnownTerminal(
        tty.charAt(0) == '1', tty.charAt(1) == '1', number(columns), number(rows));
  }

  private static boolean flag(char c) {
    return c == '0' || c == '1';
  }

  private static int number(String text) {
    try {
      return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public OptionalInt stdoutColumns() {
    return stdoutIsTerminal && columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
  }

  @Override
  public OptionalInt stdoutRows() {
    return stdoutIsTerminal && rows > 0 ? OptionalInt.of(rows) : OptionalInt.empty();
  }
}
