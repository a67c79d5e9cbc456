package dev.genaivsllm.content;

/**
 * The bounds every pack must stay within, so that no file can exhaust memory or time.
 *
 * @param maxFileBytes largest file read, in bytes
 * @param maxPackBytes most bytes read from all the files of the packs in use together
 * @param maxEntries most entries in one folder of one pack
 * @param maxDepth deepest nesting of maps and lists
 * @param maxAliases most aliases to collections in one file
 */
public record ContentLimits(
    int maxFileBytes, long maxPackBytes, int maxEntries, int maxDepth, int maxAliases) {
  public static final ContentLimits DEFAULT =
      new ContentLimits(256 * 1024, 64L * 1024 * 1024, 20_000, 16, 0);
}
