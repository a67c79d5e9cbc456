package dev.genaivsllm.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard input as a person types it at a terminal: one line at a time, each echoed to the screen
 * when the program reads it (as the terminal does), then Ctrl-D (the end) or, when asked, Ctrl-C,
 * which the terminal echoes as {@code ^C} before the program is interrupted.
 */
final class TypedInput extends InputStream {
  private final byte[] typed;
  private final Writer screen;
  private final Runnable ctrlC;
  private int next;
  private byte[] line = new byte[0];
  private int inLine;

  /**
   * @param ctrlC what Ctrl-C does once everything typed is read, or null to end with Ctrl-D
   */
  TypedInput(String typed, Writer screen, Runnable ctrlC) {
    this.typed = typed.getBytes(StandardCharsets.UTF_8);
    this.screen = screen;
    this.ctrlC = ctrlC;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  /** At most the rest of the current line: a terminal hands over a line at a time. */
  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (inLine == line.length && !nextLine()) {
      return -1;
    }
    int n = Math.min(length, line.length - inLine);
    System.arraycopy(line, inLine, buffer, offset, n);
    inLine += n;
    return n;
  }

  private boolean nextLine() throws IOException {
    if (next >= typed.length) {
      if (ctrlC != null) {
        screen.write("^C");
        screen.flush();
        ctrlC.run();
      }
      return false;
    }
    int end = next;
    while (end < typed.length && typed[end] != '\n') {
      end++;
    }
    end = Math.min(end + 1, typed.length);
    line = java.util.Arrays.copyOfRange(typed, next, end);
    inLine = 0;
    next = end;
    screen.write(new String(line, StandardCharsets.UTF_8));
    screen.flush();
    return true;
  }

  @Override
  public int available() {
    return line.length - inLine;
  }
}
