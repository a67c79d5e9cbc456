package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a dimension file, the two sides of one question ({@code compare}): each side's points, the
 * nuance and misconceptions, every statement with its sources, and the concepts it links to.
 */
final class DimensionMapper {
  private DimensionMapper() {}

  /**
   * @param id the dimension's id, which is its file name
   * @param bibliography every cite key must resolve here
   * @param conceptIds every concept id the pack has
   */
  static Dimension map(
      String id,
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(
                Set.of(
                    "title",
                    "question",
                    "summary",
                    "aliases",
                    "phrasings",
                    "genai",
                    "llm",
                    "nuance",
                    "misconceptions",
                    "concepts",
                    "sources",
                    "reviewed"));
    String question = map.text("question", 90);
    if (!question.endsWith("?")) {
      map.report("question", Rule.WRONG_TYPE, "a question ends with '?'");
    }
    return new Dimension(
        id,
        map.text("title", 40),
        question,
        map.text("summary", 200),
        map.texts("aliases", 0, 8, 40),
        map.texts("phrasings", 0, ConceptMapper.PHRASINGS, ConceptMapper.PHRASING_LENGTH),
        side(map.map("genai"), bibliography),
        side(map.map("llm"), bibliography),
        statements(map, "nuance", 1, 6, 320, bibliography),
        misconceptions(map, bibliography),
        CrossReferences.ids(map, "concepts", 0, 12, conceptIds, "concept"),
        CrossReferences.sourceKeys(map, "sources", bibliography),
        map.date("reviewed"));
  }

  private static Side side(YamlMap map, Bibliography bibliography) {
    map.allowOnly(Set.of("summary", "points"));
    return new Side(map.text("summary", 160), statements(map, "points", 1, 8, 240, bibliography));
  }

  private static List<Statement> statements(
      YamlMap map, String field, int min, int max, int maxLength, Bibliography bibliography) {
    return map.maps(field, min, max).stream()
        .map(
            item -> {
              item.allowOnly(Set.of("text", "sources"));
              return new Statement(
                  item.text("text", maxLength),
                  CrossReferences.sourceKeys(item, "sources", bibliography));
            })
        .toList();
  }

  private static List<Misconception> misconceptions(YamlMap map, Bibliography bibliography) {
    return map.maps("misconceptions", 1, 6).stream()
        .map(
            item -> {
              item.allowOnly(Set.of("claim", "correction", "sources"));
              return new Misconception(
                  item.text("claim", 160),
                  item.text("correction", 320),
                  CrossReferences.sourceKeys(item, "sources", bibliography));
            })
        .toList();
  }
}
