package dev.genaivsllm.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Common English words of five letters or more (SCOWL's size-35 lists, shipped in the jar), so that
 * a real word the pack happens not to use is never read as a typo of one it does: "truck" is not
 * "track", "spreading" is not "speaking". The list is read on first use, as bytes, and searched in
 * place (its lines are sorted), so only commands that correct typed words pay for it, about 20 to
 * 30 ms on first use (docs/adr/0010).
 */
final class EnglishWords {
  private static final String RESOURCE = "english-words.txt";

  private EnglishWords() {}

  /** Whether a lower-case word is a common English word. */
  static boolean contains(String word) {
    byte[] list = Holder.LIST;
    int lo = Holder.START;
    int hi = list.length;
    while (lo < hi) {
      int start = (lo + hi) >>> 1;
      while (start > lo && list[start - 1] != '\n') {
        start--;
      }
      int end = start;
      while (end < list.length && list[end] != '\n') {
        end++;
      }
      int order = compare(word, list, start, end);
      if (order == 0) {
        return true;
      } else if (order < 0) {
        hi = start;
      } else {
        lo = end + 1;
      }
    }
    return false;
  }

  /** Orders a word against the line list[start, end), letter by letter as the file is sorted. */
  private static int compare(String word, byte[] list, int start, int end) {
    int n = Math.min(word.length(), end - start);
    for (int k = 0; k < n; k++) {
      int diff = word.charAt(k) - (list[start + k] & 0xff);
      if (diff != 0) {
        return diff;
      }
    }
    return word.length() - (end - start);
  }

  private static final class Holder {
    static final byte[] LIST = load();

    /** Where the words begin, after the comment lines at the top. */
    static final int START = firstWord(LIST);
  }

  private static byte[] load() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int firstWord(byte[] list) {
    int at = 0;
    while (at < list.length && list[at] == '#') {
      while (at < list.length && list[at] != '\n') {
        at++;
      }
      at++;
    }
    return Math.min(at, list.length);
  }
}
