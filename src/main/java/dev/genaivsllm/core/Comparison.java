package dev.genaivsllm.core;

import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/**
 * The result of {@code compare}: the chosen dimensions in full, and every source they cite.
 *
 * @param overview true when no dimension was named, so text output shows one row per dimension
 * @param sources each cited source once, in order of first citation
 */
public record Comparison(
    PackInfo pack, List<Dimension> dimensions, List<Source> sources, boolean overview) {
  public Comparison {
    dimensions = List.copyOf(dimensions);
    sources = List.copyOf(sources);
  }
}
