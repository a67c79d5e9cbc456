package dev.genaivsllm.testing;

import dev.genaivsllm.render.TerminalProbe;
import java.util.OptionalInt;

/** A terminal, or a pipe, as tests want it. */
public record FakeTerminal(boolean stdoutIsTerminal, int columns, boolean stdinIsTerminal, int rows)
    implements TerminalProbe {
  public static FakeTerminal pipe() {
    return new FakeTerminal(false, 0, false, 0);
  }

  /** Stdout is a terminal; stdin is not (piped). */
  public static FakeTerminal tty(int columns) {
    return new FakeTerminal(true, columns, false, 0);
  }

  /** Stdout is a terminal of this size, which says how tall it is (so long output is paged). */
  public static FakeTerminal screen(int columns, int rows) {
    return new FakeTerminal(true, columns, false, rows);
  }

  /** Both stdin and stdout are a terminal: a person at the keyboard. */
  public static FakeTerminal interactive(int columns) {
    return new FakeTerminal(true, columns, true, 0);
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
