package dev.genaivsllm.testing;

import dev.genaivsllm.render.TerminalProbe;
import java.util.OptionalInt;

/** A terminal, or a pipe, as tests want it. */
public record FakeTerminal(boolean stdoutIsTerminal, int columns) implements TerminalProbe {
  public static FakeTerminal pipe() {
    return new FakeTerminal(false, 0);
  }

  public static FakeTerminal tty(int columns) {
    return new FakeTerminal(true, columns);
  }

  @Override
  public OptionalInt stdoutColumns() {
    return stdoutIsTerminal && columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
  }
}
