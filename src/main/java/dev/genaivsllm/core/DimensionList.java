package dev.genaivsllm.core;

import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.PackInfo;
import java.util.List;

/** The result of {@code compare --list}: every dimension, in teaching order. */
public record DimensionList(PackInfo pack, List<Dimension> dimensions) {
  public DimensionList {
    dimensions = List.copyOf(dimensions);
  }
}
