package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.Modality;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps a model family for {@code recommend}: what it takes and produces, what it is good and bad
 * at, and what it costs.
 */
final class FamilyMapper {
  private FamilyMapper() {}

  /** A model family for {@code recommend}. */
  static Family map(
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
                    "summary",
                    "generative",
                    "inputs",
                    "outputs",
                    "usualFor",
                    "goodAt",
                    "goals",
                    "strengths",
                    "weaknesses",
                    "costs",
                    "examples",
                    "tasks",
                    "concepts",
                    "sources",
                    "reviewed"));
    Set<Modality> outputs = modalities(map, "outputs");
    Set<Modality> usualFor = modalities(map, "usualFor");
    int i = 0;
    for (Modality m : usualFor) {
      if (!outputs.contains(m)) {
        map.report(
            "usualFor",
            i,
            Rule.WRONG_TYPE,
            "'" + m.name() + "' is not one of this family's outputs " + outputs);
      }
      i++;
    }
    return new Family(
        id,
        map.text("title", 60),
        map.text("summary", 200),
        map.bool("generative", true),
        modalities(map, "inputs"),
        outputs,
        usualFor,
        map.texts("goodAt", 1, 8, 160),
        map.texts("goals", 0, 80, 140),
        map.texts("strengths", 1, 6, 200),
        map.texts("weaknesses", 1, 6, 200),
        map.text("costs", 240),
        map.texts("examples", 1, 8, 60),
        map.texts("tasks", 1, 8, 60),
        CrossReferences.ids(map, "concepts", 0, 8, conceptIds, "concept"),
        CrossReferences.sourceKeys(map, "sources", bibliography),
        map.date("reviewed"));
  }

  private static Set<Modality> modalities(YamlMap map, String field) {
    Set<Modality> modalities = EnumSet.noneOf(Modality.class);
    List<String> names = map.texts(field, 0, Modality.values().length, 20);
    for (int i = 0; i < names.size(); i++) {
      try {
        modalities.add(Modality.valueOf(names.get(i)));
      } catch (IllegalArgumentException notAModality) {
        map.report(
            field,
            i,
            Rule.WRONG_TYPE,
            "'" + names.get(i) + "' is not one of " + ScalarReader.names(Modality.values()));
      }
    }
    return modalities;
  }
}
