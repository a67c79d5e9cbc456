package dev.genaivsllm.model;

/**
 * Where a concept sits between the two terms. Lower-case names: they are the values in the YAML.
 */
public enum Placement {
  /** Generative AI in general, not specific to language models. */
  genai,
  /** Specific to (large) language models. */
  llm,
  /** Matters on both sides. */
  both;

  /** How the placement reads in text output. */
  public String label() {
    return switch (this) {
      case genai -> "generative AI in general";
      case llm -> "LLMs specifically";
      case both -> "both generative AI in general and LLMs";
    };
  }
}
