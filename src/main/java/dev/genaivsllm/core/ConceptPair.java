package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/**
 * The result of {@code explain X vs Y}: two concepts side by side, with the sources of both.
 *
 * @param sources every source either concept cites, the first concept's first
 */
public record ConceptPair(PackInfo pack, Concept first, Concept second, List<Source> sources) {
  public ConceptPair {
    sources = List.copyOf(sources);
  }
}
