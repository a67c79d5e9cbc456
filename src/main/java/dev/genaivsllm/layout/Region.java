package dev.genaivsllm.layout;

/** A boxed area with an id drawn as its label; what is inside is its zone. */
public record Region(String id, Zone zone) {}
