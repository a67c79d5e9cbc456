package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;

/**
 * The map of the field from every pack's {@code map.yaml}: nested and overlapping regions and the
 * concepts drawn in them. Its shape is checked when it is read, so it can always be drawn.
 */
public record FieldMap(List<MapRegion> regions, List<MapMember> members) {
  public FieldMap {
    regions = List.copyOf(regions);
    members = List.copyOf(members);
  }

  public Optional<MapRegion> region(String id) {
    return regions.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every concept id on the map, regions first, in file order. */
  public List<String> ids() {
    return java.util.stream.Stream.concat(
            regions.stream().map(MapRegion::id), members.stream().map(MapMember::id))
        .toList();
  }
}
