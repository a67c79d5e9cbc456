package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;
import java.util.OptionalLong;

/**
 * The result of {@code explain}: one concept at the chosen level, with its sources.
 *
 * @param fullReferences print full references rather than short citations ({@code --sources})
 * @param seed the seed that picked the concept, when it was picked at random
 */
public record Explanation(
    PackInfo pack,
    Concept concept,
    List<Source> sources,
    Level level,
    boolean fullReferences,
    OptionalLong seed) {
  public Explanation {
    sources = List.copyOf(sources);
  }
}
