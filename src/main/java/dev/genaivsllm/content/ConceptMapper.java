package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Placement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a concept file ({@code explain}): a definition at two levels, what the concept is not, where
 * it sits between the two sides, and its links to other concepts and to dimensions.
 */
final class ConceptMapper {
  /** At most this many phrasings per entry, each at most this long (dimensions too). */
  static final int PHRASINGS = 40;

  static final int PHRASING_LENGTH = 100;

  private ConceptMapper() {}

  /**
   * @param id the concept's id, which is its file name
   * @param conceptIds every concept id the pack has, for {@code related}
   * @param dimensionIds every dimension id the pack has, for {@code dimensions}
   */
  static Concept map(
      String id,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "title",
                    "aliases",
                    "phrasings",
                    "definition",
                    "beginner",
                    "practitioner",
                    "isNot",
                    "placement",
                    "related",
                    "dimensions",
                    "sources",
                    "reviewed"));
    YamlMap placement = map.map("placement").allowOnly(Set.of("side", "note"));
    List<String> related = CrossReferences.ids(map, "related", 1, 10, conceptIds, "concept");
    if (related.contains(id)) {
      map.report(
          "related",
          related.indexOf(id),
          Rule.UNKNOWN_REFERENCE,
          "a concept is not related to itself");
    }
    return new Concept(
        id,
        map.text("title", 60),
        map.texts("aliases", 0, 12, 60),
        map.texts("phrasings", 0, PHRASINGS, PHRASING_LENGTH),
        map.text("definition", 200),
        map.text("beginner", 900),
        map.text("practitioner", 1200),
        map.text("isNot", 400),
        placement(placement),
        placement.text("note", 200),
        related,
        CrossReferences.ids(map, "dimensions", 0, 14, dimensionIds, "dimension"),
        CrossReferences.sourceKeys(map, "sources", bibliography),
        map.date("reviewed"));
  }

  private static Placement placement(YamlMap map) {
    return map.choice("side", Placement.class);
  }
}
