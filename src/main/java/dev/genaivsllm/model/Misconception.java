package dev.genaivsllm.model;

import java.util.List;

/** A claim people commonly make, and the sourced correction. */
public record Misconception(String claim, String correction, List<String> sources) {
  public Misconception {
    sources = List.copyOf(sources);
  }
}
