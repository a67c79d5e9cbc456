package dev.genaivsllm.content;

/**
 * The bounds every pack must stay within, so that no file can exhaust memory or time.
 *
 * @param maxFileBytes largest file read, in bytes
 * @param maxDepth deepest nesting of maps and lists
 * @param maxAliases most aliases to collections in one file
 */
public record ContentLimits(int maxFileBytes, int maxDepth, int maxAliases) {
  public static final ContentLimits DEFAULT = new ContentLimits(256 * 1024, 16, 0);
}
