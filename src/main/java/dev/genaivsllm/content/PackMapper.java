package dev.genaivsllm.content;

import dev.genaivsllm.model.MovedTopic;
import dev.genaivsllm.model.PackInfo;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a pack's {@code pack.yaml}: what the pack is called, its version and schema, the order in
 * which its dimensions are taught, and the topics the field has moved on.
 */
final class PackMapper {
  private PackMapper() {}

  static PackInfo map(String file, Node node, Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "name",
                    "version",
                    "schemaVersion",
                    "language",
                    "reviewed",
                    "description",
                    "order",
                    "moved"));
    return new PackInfo(
        map.id("name"),
        map.text("version", 20),
        map.integer("schemaVersion", 1, 1000),
        map.text("language", 20),
        map.date("reviewed"),
        map.optionalText("description", 200).orElse(""),
        map.ids("order", 0, 1000),
        map.maps("moved", 0, 100).stream().map(PackMapper::moved).toList());
  }

  private static MovedTopic moved(YamlMap map) {
    map.allowOnly(Set.of("since", "why", "dimensions", "concepts", "families"));
    List<String> dimensions = map.ids("dimensions", 0, 1000);
    List<String> concepts = map.ids("concepts", 0, 1000);
    List<String> families = map.ids("families", 0, 1000);
    if (dimensions.isEmpty() && concepts.isEmpty() && families.isEmpty()) {
      map.report(
          "since", Rule.MISSING_FIELD, "list the dimensions, concepts or families on this topic");
    }
    return new MovedTopic(
        map.integer("since", 1900, 2100),
        map.optionalText("why", 200).orElse(""),
        dimensions,
        concepts,
        families);
  }
}
