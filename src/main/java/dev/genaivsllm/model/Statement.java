package dev.genaivsllm.model;

import java.util.List;

/** One sourced sentence: a point on one side of a dimension, or a nuance. */
public record Statement(String text, List<String> sources) {
  public Statement {
    sources = List.copyOf(sources);
  }
}
