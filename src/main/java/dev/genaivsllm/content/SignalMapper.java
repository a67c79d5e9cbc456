package dev.genaivsllm.content;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.Modality;
import dev.genaivsllm.model.SignalBook;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps {@code recommend/signals.yaml}, the rules that turn a goal into scores: the words for each
 * modality, the cue words that tell input from output, and the signals, each moving named families
 * by some points for a stated reason.
 */
final class SignalMapper {
  private SignalMapper() {}

  /** The rules of {@code recommend}; every effect must name a family. */
  static SignalBook map(String file, Node node, Collection<String> familyIds, Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems).allowOnly(Set.of("modalities", "cues", "signals"));
    YamlMap words = map.map("modalities");
    Map<Modality, List<String>> modalities = new EnumMap<>(Modality.class);
    for (String name : words.keys()) {
      try {
        modalities.put(Modality.valueOf(name), words.texts(name, 1, 200, 60));
      } catch (IllegalArgumentException notAModality) {
        words.report(
            name,
            Rule.WRONG_TYPE,
            "'" + name + "' is not one of " + ScalarReader.names(Modality.values()));
      }
    }
    YamlMap cues = map.map("cues").allowOnly(cueKeys());
    Map<Cue, List<String>> cueLists = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      cueLists.put(cue, cues.texts(cue.key(), cue.least(), cue.most(), Cue.LONGEST));
    }
    SignalBook.Cues cueWords = new SignalBook.Cues(cueLists);
    List<SignalBook.Signal> signals = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap s : map.maps("signals", 1, 500)) {
      s.allowOnly(Set.of("id", "kind", "label", "words", "takes", "gives", "effects"));
      String id = s.id("id");
      if (!ids.add(id)) {
        s.report("id", Rule.DUPLICATE_ID, "signal id '" + id + "' is used twice");
      }
      String kind = s.text("kind", 10);
      if (!kind.equals("task") && !kind.equals("need")) {
        s.report("kind", Rule.WRONG_TYPE, "expected task or need, found '" + kind + "'");
      }
      YamlMap effects = s.map("effects");
      Map<String, SignalBook.Effect> byFamily = new LinkedHashMap<>();
      for (String family : effects.keys()) {
        if (!familyIds.contains(family)) {
          effects.report(family, Rule.UNKNOWN_REFERENCE, "unknown family '" + family + "'");
        }
        YamlMap e = effects.map(family).allowOnly(Set.of("points", "reason"));
        byFamily.put(
            family, new SignalBook.Effect(e.integer("points", -10, 10), e.text("reason", 240)));
      }
      Optional<Modality> takes = modality(s, "takes");
      Optional<Modality> gives = modality(s, "gives");
      signals.add(
          new SignalBook.Signal(
              id, kind, s.text("label", 80), s.texts("words", 1, 200, 60), takes, gives, byFamily));
    }
    return new SignalBook(modalities, cueWords, signals);
  }

  /** An optional kind of data: one of the modality names. */
  private static Optional<Modality> modality(YamlMap s, String field) {
    if (!s.keys().contains(field)) {
      return Optional.empty();
    }
    String name = s.text(field, 20);
    try {
      return Optional.of(Modality.valueOf(name));
    } catch (IllegalArgumentException notAModality) {
      s.report(
          field,
          Rule.WRONG_TYPE,
          "'" + name + "' is not one of " + ScalarReader.names(Modality.values()));
      return Optional.empty();
    }
  }

  private static Set<String> cueKeys() {
    return java.util.Arrays.stream(Cue.values())
        .map(Cue::key)
        .collect(java.util.stream.Collectors.toSet());
  }
}
