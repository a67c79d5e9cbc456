package dev.genaivsllm.layout;

/**
 * Two regions that overlap, drawn as two boxes whose edges cross.
 *
 * @param both what lies in the overlap (a zone without a box of its own)
 */
public record Pair(Region first, Region second, Zone both) {}
