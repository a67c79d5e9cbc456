package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.PackInfo;
import java.util.List;

/** The result of {@code explain --list}: every concept, alphabetically. */
public record ConceptList(PackInfo pack, List<Concept> concepts) {
  public ConceptList {
    concepts = List.copyOf(concepts);
  }
}
