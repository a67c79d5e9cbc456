package dev.genaivsllm.layout;

/**
 * A label inside a zone, or a band under a pair.
 *
 * @param note a few words drawn under it, or empty
 * @param marked whether it carries the mark of something that crosses a line
 */
public record Label(String id, String note, boolean marked) {}
