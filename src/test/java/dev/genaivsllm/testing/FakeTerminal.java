package dev.genaivsllm.testing;

import dev.genaivsllm.render.TerminalProbe;
import java.util.OptionalInt;

/** A terminal, or a pipe, as tests want it. */
public record FakeTerminal(boolean stdoutIsTerminal, int columns, boolean stdinIsTerminal)
    implements TerminalProbe {
  public static FakeTerminal pipe() {
    return new FakeTerminal(false, 0, false);
  }

  /** Stdout is a terminal; stdin is not (piped). */
  public static FakeTerminal tty(int columns) {
    return new FakeTerminal(true, columns, false);
  }

  /** Both stdin and stdout are a terminal: a person at the keyboard. */
  public static FakeTerminal interactive(int columns) {
    return new FakeTerminal(true, columns, true);
  }

  @Override
  public OptionalInt stdoutColumns() {
    return stdoutIsTerminal && columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
  }
}
