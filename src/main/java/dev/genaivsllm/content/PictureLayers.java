package dev.genaivsllm.content;

import dev.genaivsllm.model.FieldMap;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.MapRegion;
import dev.genaivsllm.model.Timeline;
import dev.genaivsllm.model.TimelineEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * How the packs in use combine for the two pictures: every pack's {@code map.yaml} and {@code
 * timeline.yaml} are read and merged by id, a later pack's entry replacing an earlier one's and new
 * ids adding, so a user pack can add a family to the map or an event to the timeline with a file of
 * a few lines. The merged map is then checked as a whole ({@link MapShape}).
 */
final class PictureLayers {
  private final PackFiles files;
  private final Problems problems;

  /** Maps one pack's file; the repository supplies what its ids may refer to. */
  interface Mapping<T> {
    T map(String name, Node node);
  }

  PictureLayers(PackFiles files, Problems problems) {
    this.files = files;
    this.problems = problems;
  }

  /** Whether any pack in use has the file. */
  boolean any(String file) {
    return files.roots().stream().anyMatch(root -> PackFiles.present(root.resolve(file)));
  }

  FieldMap fieldMap(Mapping<MapMapper.Parsed> mapping) {
    Map<String, MapMapper.Entry<MapRegion>> regions = new LinkedHashMap<>();
    Map<String, MapMapper.Entry<MapMember>> members = new LinkedHashMap<>();
    for (MapMapper.Parsed parsed : each(ContentRepository.MAP, mapping)) {
      parsed.regions().forEach(r -> regions.put(r.id(), r));
      parsed.members().forEach(m -> members.put(m.id(), m));
    }
    MapShape.check(List.copyOf(regions.values()), List.copyOf(members.values()));
    return new FieldMap(
        regions.values().stream().map(MapMapper.Entry::value).toList(),
        members.values().stream().map(MapMapper.Entry::value).toList());
  }

  /** Every pack's events by id, in date order (file order within a date). */
  Timeline timeline(Mapping<TimelineMapper.Parsed> mapping) {
    Map<String, TimelineEvent> events = new LinkedHashMap<>();
    Optional<String> dimension = Optional.empty();
    for (TimelineMapper.Parsed parsed : each(ContentRepository.TIMELINE, mapping)) {
      parsed.events().forEach(e -> events.put(e.id(), e.value()));
      dimension = parsed.dimension().isPresent() ? parsed.dimension() : dimension;
    }
    List<TimelineEvent> sorted = new ArrayList<>(events.values());
    sorted.sort(Comparator.comparing(TimelineEvent::date));
    return new Timeline(dimension, sorted);
  }

  private <T> List<T> each(String file, Mapping<T> mapping) {
    List<T> all = new ArrayList<>();
    for (Path root : files.roots()) {
      if (PackFiles.present(root.resolve(file))) {
        Node node = files.parse(root, file);
        if (node != null) {
          all.add(mapping.map(PackFiles.display(root, file), node));
        }
      }
    }
    if (all.isEmpty() && !any(file)) {
      problems.add(
          new Problem(
              PackFiles.display(files.roots().get(files.roots().size() - 1), file),
              0,
              0,
              "",
              Rule.MISSING_FIELD,
              "file not found: no pack in use has one"));
    }
    return all;
  }
}
