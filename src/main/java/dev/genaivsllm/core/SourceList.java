package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/** The result of {@code sources}: the whole bibliography, in file order. */
public record SourceList(PackInfo pack, List<Source> sources) {
  public SourceList {
    sources = List.copyOf(sources);
  }
}
