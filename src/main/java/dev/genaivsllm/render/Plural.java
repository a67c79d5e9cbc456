package dev.genaivsllm.render;

/** A count with its noun, singular for one: "1 question", "3 questions", "0 answers". */
public final class Plural {
  private Plural() {}

  /** The count and the noun, adding "s" unless the count is one. */
  public static String of(long count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }
}
