package dev.genaivsllm.model;

/**
 * Which of the two histories a timeline event belongs to. Lower-case names: they are the values in
 * the YAML.
 */
public enum Lane {
  /** Generative AI in general: image, audio, video and other non-language generators. */
  genai,
  /** Language models, large or not. */
  llm;

  /** The lane's heading. */
  public String title() {
    return switch (this) {
      case genai -> "Generative AI";
      case llm -> "LLMs";
    };
  }
}
