package dev.genaivsllm.content;

import dev.genaivsllm.match.EditDistance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, checked access to one YAML map. Every problem names the file, the position, the field path
 * ({@code genai.points[2].text}) and the rule it breaks, and goes to a {@link Problems} sink: a
 * strict sink stops at once, a collecting one gets a stand-in value back so that checking can go on
 * and find the next problem.
 */
final class YamlMap {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_ID = 40;

  private final String file;
  private final String path;
  private final Node node;
  private final Problems problems;
  private final boolean broken;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

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
        : Optional.of(text(tuple.getValueNode(), child(field), maxLength));
  }

  String id(String field) {
    Node value = value(field);
    return value == null ? "" : id(value, child(field));
  }

  int integer(String field, int min, int max) {
    Node value = value(field);
    if (value == null) {
      return min;
    }
    String raw = scalar(value, child(field));
    try {
      int n = Integer.parseInt(raw);
      if (n < min || n > max) {
        report(
            value,
            child(field),
            Rule.WRONG_TYPE,
            "must be between " + min + " and " + max + ", found " + n);
        return min;
      }
      return n;
    } catch (NumberFormatException e) {
      report(value, child(field), Rule.WRONG_TYPE, "expected a whole number, found '" + raw + "'");
      return min;
    }
  }

  boolean bool(String field, boolean absent) {
    if (!has(field)) {
      return absent;
    }
    Node value = entries.get(field).getValueNode();
    String raw = scalar(value, child(field));
    return switch (raw) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        report(value, child(field), Rule.WRONG_TYPE, "expected true or false, found '" + raw + "'");
        yield absent;
      }
    };
  }

  LocalDate date(String field) {
    Node value = value(field);
    if (value == null) {
      return LocalDate.EPOCH;
    }
    String raw = scalar(value, child(field));
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      report(
          value,
          child(field),
          Rule.WRONG_TYPE,
          "expected a date as YYYY-MM-DD, found '" + raw + "'");
      return LocalDate.EPOCH;
    }
  }

  /** A field whose value is one of an enum's (lower-case) constant names. */
  <E extends Enum<E>> E choice(String field, Class<E> type) {
    E[] constants = type.getEnumConstants();
    Node value = value(field);
    if (value == null) {
      return constants[0];
    }
    String raw = scalar(value, child(field));
    for (E e : constants) {
      if (e.name().equals(raw)) {
        return e;
      }
    }
    report(
        value,
        child(field),
        Rule.WRONG_TYPE,
        "expected one of " + names(constants) + ", found '" + raw + "'");
    return constants[0];
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
    return list(field, min, max, (n, p) -> text(n, p, maxLength));
  }

  List<String> ids(String field, int min, int max) {
    return list(field, min, max, this::id);
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

  private Node value(String field) {
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

  private String text(Node value, String fieldPath, int maxLength) {
    String raw = scalar(value, fieldPath).strip();
    if (raw.isEmpty()) {
      report(value, fieldPath, Rule.MISSING_FIELD, "must not be empty");
    } else if (raw.indexOf('\n') >= 0) {
      report(value, fieldPath, Rule.LENGTH, "must be one line");
    } else {
      int length = raw.codePointCount(0, raw.length());
      if (length > maxLength) {
        report(
            value, fieldPath, Rule.LENGTH, length + " characters, over the limit of " + maxLength);
      }
    }
    return raw;
  }

  private String id(Node value, String fieldPath) {
    String raw = scalar(value, fieldPath);
    if (!ID.matcher(raw).matches() || raw.length() > MAX_ID) {
      report(
          value,
          fieldPath,
          Rule.BAD_ID,
          "'" + raw + "' is not an id (lower-case words joined by hyphens)");
    }
    return raw;
  }

  private String scalar(Node value, String fieldPath) {
    if (value instanceof ScalarNode s) {
      return s.getValue();
    }
    report(
        value,
        fieldPath,
        Rule.WRONG_TYPE,
        "expected a single value, found " + Nodes.describe(value));
    return "";
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

  private static <E extends Enum<E>> String names(E[] constants) {
    List<String> names = new ArrayList<>();
    for (E e : constants) {
      names.add(e.name());
    }
    return String.join(", ", names);
  }
}
