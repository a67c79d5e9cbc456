package dev.genaivsllm.render;

import dev.genaivsllm.layout.Label;
import dev.genaivsllm.layout.Pair;
import dev.genaivsllm.layout.Region;
import dev.genaivsllm.layout.Zone;
import dev.genaivsllm.model.FieldMap;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.MapRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The map of the field as the layout sees it: which regions and labels go in which zone. The map's
 * shape was checked when it was read, so every region here has a place.
 */
final class MapTree {
  private final FieldMap map;

  private MapTree(FieldMap map) {
    this.map = map;
  }

  static List<Region> of(FieldMap map) {
    MapTree tree = new MapTree(map);
    return map.regions().stream()
        .filter(r -> r.in().isEmpty())
        .map(r -> new Region(r.id(), tree.zone(List.of(r.id()), r.note().orElse(""))))
        .toList();
  }

  /** The zone of one region, or of the overlap of two. */
  private Zone zone(List<String> place, String note) {
    Set<String> where = Set.copyOf(place);
    List<Label> labels = new ArrayList<>();
    for (MapMember m : map.members()) {
      if (!m.backbone() && Set.copyOf(m.in()).equals(where)) {
        labels.add(label(m));
      }
    }
    List<MapRegion> inside =
        map.regions().stream().filter(r -> Set.copyOf(r.in()).equals(where)).toList();
    Optional<MapRegion[]> pair = pair(inside);
    List<Region> regions = new ArrayList<>();
    for (MapRegion r : inside) {
      if (pair.isEmpty() || (r != pair.get()[0] && r != pair.get()[1])) {
        regions.add(region(r));
      }
    }
    List<Label> bands = new ArrayList<>();
    Optional<Pair> drawn = Optional.empty();
    if (pair.isPresent()) {
      MapRegion a = pair.get()[0];
      MapRegion b = pair.get()[1];
      Set<String> both = Set.of(a.id(), b.id());
      drawn = Optional.of(new Pair(region(a), region(b), zone(List.of(a.id(), b.id()), "")));
      for (MapMember m : map.members()) {
        if (m.backbone() && Set.copyOf(m.under()).equals(both)) {
          bands.add(label(m));
        }
      }
    }
    return new Zone(note, labels, regions, drawn, bands);
  }

  private Region region(MapRegion r) {
    return new Region(r.id(), zone(List.of(r.id()), r.note().orElse("")));
  }

  /** The overlapping pair among these regions, the one written first first. */
  private static Optional<MapRegion[]> pair(List<MapRegion> regions) {
    for (MapRegion r : regions) {
      if (r.overlaps().isPresent()) {
        for (MapRegion other : regions) {
          if (other.id().equals(r.overlaps().get())) {
            return Optional.of(
                regions.indexOf(other) < regions.indexOf(r)
                    ? new MapRegion[] {other, r}
                    : new MapRegion[] {r, other});
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Label label(MapMember m) {
    return new Label(m.id(), m.note().orElse(""), m.crossing().isPresent());
  }
}
