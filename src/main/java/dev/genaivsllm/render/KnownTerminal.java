package dev.genaivsllm.render;

import java.util.OptionalInt;

/**
 * Terminal facts the launcher already knows ({@code [ -t 1 ]}, {@code stty size}) and passes in,
 * which spares the program loading Jansi's native library just to ask again.
 */
public record KnownTerminal(boolean stdoutIsTerminal, boolean stdinIsTerminal, int columns)
    implements TerminalProbe {
  /**
   * Reads the launcher's {@code -Dgenai-vs-llm.tty=OI} (O and I are 1 or 0 for stdout and stdin)
   * and {@code -Dgenai-vs-llm.columns=N}; null when the launcher said nothing.
   */
  public static KnownTerminal parse(String tty, String columns) {
    if (tty == null || !tty.matches("[01][01]")) {
      return null;
    }
    int width = 0;
    try {
      width = columns == null || columns.isBlank() ? 0 : Integer.parseInt(columns.strip());
    } catch (NumberFormatException e) {
      width = 0;
    }
    return new KnownTerminal(tty.charAt(0) == '1', tty.charAt(1) == '1', width);
  }

  @Override
  public OptionalInt stdoutColumns() {
    return stdoutIsTerminal && columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
  }
}
