package dev.genaivsllm.core;

/** How deep an explanation goes. Lower-case names: they are the values users type. */
public enum Level {
  beginner,
  practitioner,
  all;

  public boolean showsBeginner() {
    return this != practitioner;
  }

  public boolean showsPractitioner() {
    return this != beginner;
  }
}
