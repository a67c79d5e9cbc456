package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;

/**
 * A region of the map of the field, from {@code map.yaml}: a concept drawn as an area that holds
 * others.
 *
 * @param id a concept id
 * @param in the region it lies inside, or two overlapping regions whose overlap it lies in; empty
 *     for an outermost region
 * @param overlaps a region inside the same region that this one overlaps
 * @param note one line on what the region holds, drawn inside it
 */
public record MapRegion(
    String id,
    List<String> in,
    Optional<String> overlaps,
    Optional<String> note,
    List<String> sources) {
  public MapRegion {
    in = List.copyOf(in);
    sources = List.copyOf(sources);
  }
}
