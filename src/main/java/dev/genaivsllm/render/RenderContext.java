package dev.genaivsllm.render;

/**
 * Everything a text renderer needs to know about its destination.
 *
 * @param width columns available for a line
 * @param terminal whether stdout is a terminal (lists print one id per line when it is not)
 */
public record RenderContext(Theme theme, int width, boolean terminal) {}
