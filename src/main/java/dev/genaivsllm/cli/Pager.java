package dev.genaivsllm.cli;

import java.nio.charset.Charset;

/**
 * Shows output that is taller than the terminal a screen at a time, through the user's pager.
 * {@code Main} gives the real one ({@link ProcessPager}); tests give one that records.
 */
@FunctionalInterface
public interface Pager {
  /**
   * Shows the text through the pager command, returning when the reader has quit it.
   *
   * @param charset what the text is drawn in (ASCII where the locale is not UTF-8), for the pager
   *     to be told
   * @return false when the command could not be run, so that the caller prints the text itself
   */
  boolean show(String command, String text, Charset charset);
}
