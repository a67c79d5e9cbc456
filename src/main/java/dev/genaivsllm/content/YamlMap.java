package dev.genaivsllm.content;

import dev.genaivsllm.match.EditDistance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, checked access to one YAML map: which fields it has and may have, which are missing, lists
 * and nested maps. Every problem names the file, the position, the field path ({@code
 * genai.points[2].text}) and the rule it breaks, and goes to a {@link Problems} sink: a strict sink
 * stops at once, a collecting one gets a stand-in value back so that checking can go on and find
 * the next problem. What a single value must look like is {@link ScalarReader}'s business.
 */
final class YamlMap {
  private final String file;
  private final String path;
  private final Node node;
  private final Problems problems;
  private final boolean broken;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final ScalarReader scalars = new ScalarReader(this::report);

  private YamlMap(String file, String path, Node node, Problems problems, boolean broken) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.problems = problems;
    this.broken = broken;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          report(tuple.getKeyNode(), path, Rule.WRONG_TYPE, "keys must be plain words");
        } else if (entries.putIfAbsent(key.getValue(), tuple) != null) {
          report(
              key,
              child(key.getValue()),
              Rule.DUPLICATE_KEY,
              "duplicate key; each field may appear once");
        }
      }
    }
  }

  static YamlMap of(String file, String path, Node node, Problems problems) {
    if (node instanceof MappingNode) {
      return new YamlMap(file, path, node, problems, false);
    }
    problems.add(
        new Problem(
            file,
            Nodes.line(node),
            Nodes.column(node),
            path,
            Rule.WRONG_TYPE,
            "expected a map of fields, found " + Nodes.describe(node)));
    return new YamlMap(file, path, node, problems, true);
  }

  /** Reports fields outside the template, naming the closest allowed one. */
  YamlMap allowOnly(Set<String> allowed) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        String hint =
            EditDistance.closest(e.getKey(), allowed, 2).stream()
                .findFirst()
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
        report(
            e.getValue().getKeyNode(),
            child(e.getKey()),
            Rule.UNKNOWN_FIELD,
            "unknown field" + hint);
      }
    }
    return this;
  }

  Set<String> keys() {
    return entries.keySet();
  }

  boolean has(String field) {
    return entries.containsKey(field);
  }

  String text(String field, int maxLength) {
    Optional<String> text = optionalText(field, maxLength);
    if (text.isEmpty() && !has(field)) {
      missing(field);
    }
    return text.orElse("");
  }

  Optional<String> optionalText(String field, int maxLength) {
    NodeTuple tuple = entries.get(field);
    return tuple == null
        ? Optional.empty()
        : Optional.of(scalars.text(tuple.getValueNode(), child(field), maxLength));
  }

  String id(String field) {
    Node value = value(field);
    return value == null ? "" : scalars.id(value, child(field));
  }

  int integer(String field, int min, int max) {
    Node value = value(field);
    return value == null ? min : scalars.integer(value, child(field), min, max);
  }

  boolean bool(String field, boolean absent) {
    if (!has(field)) {
      return absent;
    }
    return scalars.bool(entries.get(field).getValueNode(), child(field), absent);
  }

  LocalDate date(String field) {
    Node value = value(field);
    return value == null ? LocalDate.EPOCH : scalars.date(value, child(field));
  }

  /** A field whose value is one of an enum's (lower-case) constant names. */
  <E extends Enum<E>> E choice(String field, Class<E> type) {
    Node value = value(field);
    return value == null ? type.getEnumConstants()[0] : scalars.choice(value, child(field), type);
  }

  YamlMap map(String field) {
    NodeTuple tuple = entries.get(field);
    if (tuple == null) {
      missing(field);
      return new YamlMap(file, child(field), node, problems, true);
    }
    return of(file, child(field), tuple.getValueNode(), problems);
  }

  /** A list of single-line strings; a missing field is an empty list when {@code min} is 0. */
  List<String> texts(String field, int min, int max, int maxLength) {
    return list(field, min, max, (n, p) -> scalars.text(n, p, maxLength));
  }

  List<String> ids(String field, int min, int max) {
    return list(field, min, max, scalars::id);
  }

  List<YamlMap> maps(String field, int min, int max) {
    return list(field, min, max, (n, p) -> of(file, p, n, problems));
  }

  /** Reports a problem at this field's value (or at the map when the field is missing). */
  void report(String field, Rule rule, String problem) {
    NodeTuple tuple = entries.get(field);
    report(tuple == null ? node : tuple.getValueNode(), child(field), rule, problem);
  }

  /** Reports a problem at the {@code index}-th item of a list field. */
  void report(String field, int index, Rule rule, String problem) {
    NodeTuple tuple = entries.get(field);
    if (tuple != null
        && tuple.getValueNode() instanceof SequenceNode seq
        && index < seq.getValue().size()) {
      report(seq.getValue().get(index), child(field) + "[" + index + "]", rule, problem);
    } else {
      report(field, rule, problem);
    }
  }

  String file() {
    return file;
  }

  private interface ItemReader<T> {
    T read(Node node, String path);
  }

  private <T> List<T> list(String field, int min, int max, ItemReader<T> reader) {
    NodeTuple tuple = entries.get(field);
    if (tuple == null) {
      if (min > 0) {
        missing(field);
      }
      return List.of();
    }
    Node value = tuple.getValueNode();
    if (!(value instanceof SequenceNode seq)) {
      report(
          value, child(field), Rule.WRONG_TYPE, "expected a list, found " + Nodes.describe(value));
      return List.of();
    }
    int size = seq.getValue().size();
    if (size < min || size > max) {
      report(
          value,
          child(field),
          Rule.LENGTH,
          "expected " + range(min, max) + " items, found " + size);
    }
    List<T> items = new ArrayList<>(Math.min(size, max));
    for (int i = 0; i < Math.min(size, max); i++) {
      items.add(reader.read(seq.getValue().get(i), child(field) + "[" + i + "]"));
    }
    return items;
  }

  Node value(String field) {
    NodeTuple tuple = entries.get(field);
    if (tuple == null) {
      missing(field);
      return null;
    }
    return tuple.getValueNode();
  }

  private void missing(String field) {
    if (!broken) {
      report(node, child(field), Rule.MISSING_FIELD, "required field is missing");
    }
  }

  private void report(Node where, String fieldPath, Rule rule, String problem) {
    if (!broken) {
      problems.add(
          new Problem(file, Nodes.line(where), Nodes.column(where), fieldPath, rule, problem));
    }
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String range(int min, int max) {
    return min == max ? String.valueOf(min) : min + " to " + max;
  }
}
