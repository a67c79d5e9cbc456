package dev.genaivsllm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Lines from standard input, each read only up to a bound. {@link BufferedReader#readLine} keeps
 * whatever it is given until a newline comes: {@code yes a | quiz} grew to 6 GB, and a line with no
 * end at all (a file of zeros) would never return. Here a line longer than the bound stops being
 * read at the bound.
 */
final class BoundedLines {
  /** A line over the bound: what was read of it is not kept. */
  static final class TooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLongException(int max) {
      super("a line over " + max + " characters", null, false, false);
    }
  }

  private final BufferedReader in;
  private final int maxChars;

  /**
   * @param maxChars the longest line accepted, without its line ending
   */
  BoundedLines(InputStream in, int maxChars) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.maxChars = maxChars;
  }

  /**
   * The next line, without its line ending ({@code \n} or {@code \r\n}); null at the end of the
   * input.
   *
   * @throws TooLongException when the line goes on past the bound; the rest of it is left unread
   *     (see {@link #skipLine})
   * @throws UncheckedIOException when the input cannot be read
   */
  String next() {
    StringBuilder line = new StringBuilder();
    try {
      for (int c = in.read(); ; c = in.read()) {
        if (c == -1 && line.length() == 0) {
          return null;
        }
        if (c == -1 || c == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          if (line.length() > maxChars) {
            throw new TooLongException(maxChars);
          }
          return line.toString();
        }
        if (line.length() > maxChars) { // one more for a \r before the \n
          throw new TooLongException(maxChars);
        }
        line.append((char) c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads on to the end of the current line, keeping nothing, at most {@code limit} characters.
   *
   * @return false when the input ended or the line went on past the limit
   */
  boolean skipLine(long limit) {
    try {
      for (long n = 0; n < limit; n++) {
        int c = in.read();
        if (c == -1) {
          return false;
        }
        if (c == '\n') {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
