package dev.genaivsllm.content;

import dev.genaivsllm.model.PackInfo;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a pack's {@code pack.yaml}: what the pack is called, its version and schema, and the order
 * in which its dimensions are taught.
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
                    "order"));
    return new PackInfo(
        map.id("name"),
        map.text("version", 20),
        map.integer("schemaVersion", 1, 1000),
        map.text("language", 20),
        map.date("reviewed"),
        map.optionalText("description", 200).orElse(""),
        map.ids("order", 0, 1000));
  }
}
