package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.FieldMap;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/**
 * The result of {@code map}: the map of the field, the concepts its labels name (for their titles,
 * definitions and sides), and every source it cites.
 *
 * @param concepts the concept of every region and member, in the map's order
 * @param sources each cited source once, in order of first citation
 */
public record FieldMapView(
    PackInfo pack, FieldMap map, List<Concept> concepts, List<Source> sources) {
  public FieldMapView {
    concepts = List.copyOf(concepts);
    sources = List.copyOf(sources);
  }

  /** The concept a label names; the map's ids were checked against the concepts when read. */
  public Concept concept(String id) {
    return concepts.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not on the map: " + id));
  }
}
