package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/**
 * The result of {@code sources}: the whole bibliography.
 *
 * @param sources every entry, in {@code order}
 * @param brief whether only the keys were asked for ({@code --list}); JSON always has it all
 */
public record SourceList(PackInfo pack, List<Source> sources, SourceOrder order, boolean brief) {
  public SourceList {
    sources = List.copyOf(sources);
  }
}
