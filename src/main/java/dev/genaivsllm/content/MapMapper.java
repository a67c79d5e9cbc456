package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.MapRegion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps one pack's {@code map.yaml}: the regions of the map of the field and the concepts drawn in
 * them. Every id must be a concept id, so that each label opens with {@code explain}. Whether the
 * regions fit together is a question for the map of all packs together ({@link MapShape}).
 */
final class MapMapper {
  private MapMapper() {}

  /** An entry as mapped, with the map it was read from, so later checks can point at it. */
  record Entry<T>(String id, T value, YamlMap at) {}

  /** What one file says. */
  record Parsed(List<Entry<MapRegion>> regions, List<Entry<MapMember>> members) {}

  static Parsed map(
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems).allowOnly(Set.of("regions", "members", "reviewed"));
    map.date("reviewed");
    Set<String> seen = new HashSet<>();
    List<Entry<MapRegion>> regions = new ArrayList<>();
    for (YamlMap r : map.maps("regions", 0, 100)) {
      r.allowOnly(Set.of("id", "in", "overlaps", "note", "sources"));
      String id = concept(r, conceptIds, seen);
      regions.add(
          new Entry<>(
              id,
              new MapRegion(
                  id,
                  r.ids("in", 0, 2),
                  r.has("overlaps") ? Optional.of(r.id("overlaps")) : Optional.empty(),
                  r.optionalText("note", 80),
                  CrossReferences.sourceKeys(r, "sources", bibliography)),
              r));
    }
    List<Entry<MapMember>> members = new ArrayList<>();
    for (YamlMap m : map.maps("members", 0, 200)) {
      m.allowOnly(Set.of("id", "in", "under", "note", "crossing", "sources"));
      String id = concept(m, conceptIds, seen);
      members.add(
          new Entry<>(
              id,
              new MapMember(
                  id,
                  m.ids("in", 0, 2),
                  m.ids("under", 0, 2),
                  m.optionalText("note", 60),
                  m.optionalText("crossing", 160),
                  CrossReferences.sourceKeys(m, "sources", bibliography)),
              m));
    }
    return new Parsed(regions, members);
  }

  private static String concept(YamlMap entry, Collection<String> conceptIds, Set<String> seen) {
    String id = entry.id("id");
    if (!id.isEmpty() && !conceptIds.contains(id)) {
      entry.report(
          "id", Rule.UNKNOWN_REFERENCE, "unknown concept '" + id + "': every label is a concept");
    }
    if (!id.isEmpty() && !seen.add(id)) {
      entry.report("id", Rule.DUPLICATE_ID, "'" + id + "' is already on the map in this file");
    }
    return id;
  }
}
