package dev.genaivsllm.render;

import java.util.OptionalInt;

/** What the program can learn about where standard output goes. */
public interface TerminalProbe {
  boolean stdoutIsTerminal();

  /** Whether standard input is a terminal someone types at (not a pipe or a file). */
  boolean stdinIsTerminal();

  /** The terminal's width in columns, when stdout is a terminal that reports one. */
  OptionalInt stdoutColumns();

  /** The terminal's height in lines, when stdout is a terminal that reports one. */
  default OptionalInt stdoutRows() {
    return OptionalInt.empty();
  }
}
