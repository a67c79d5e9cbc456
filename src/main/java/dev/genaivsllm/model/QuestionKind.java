package dev.genaivsllm.model;

import java.util.List;

/** The kinds of quiz question. Lower-case names: they are the values in the YAML. */
public enum QuestionKind {
  /** One correct option. */
  single,
  /** Two or more correct options: select all that apply. */
  multi,
  /** The options True and False. */
  truefalse,
  /** Generative AI in general, LLMs specifically, or both. */
  which;

  /** The options a question of this kind must have, in order; empty when free. */
  public List<String> fixedOptions() {
    return switch (this) {
      case truefalse -> List.of("True", "False");
      case which -> List.of("Generative AI in general", "LLMs specifically", "Both");
      default -> List.of();
    };
  }
}
