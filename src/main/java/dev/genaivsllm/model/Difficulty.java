package dev.genaivsllm.model;

/** How hard a quiz question is. Lower-case names: they are the values users type. */
public enum Difficulty {
  easy,
  medium,
  hard
}
