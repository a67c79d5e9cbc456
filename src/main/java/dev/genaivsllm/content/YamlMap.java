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
 * Typed, checked access to one YAML map. Every failure names the file, the position and the field
 * path ({@code genai.points[2].text}), so the mapper never has to.
 */
final class YamlMap {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String file;
  private final String path;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(String file, String path, MappingNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
    for (NodeTuple tuple : node.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw at(tuple.getKeyNode(), path, "keys must be plain words");
      }
      if (entries.putIfAbsent(key.getValue(), tuple) != null) {
        throw at(key, child(key.getValue()), "duplicate key; each field may appear once");
      }
    }
  }

  static YamlMap of(String file, String path, Node node) {
    if (node instanceof MappingNode mapping) {
      return new YamlMap(file, path, mapping);
    }
    throw new ContentException(
        file,
        Nodes.line(node),
        Nodes.column(node),
        path,
        "expected a map of fields, found " + Nodes.describe(node));
  }

  /** Rejects fields outside the template, naming the closest allowed one. */
  YamlMap allowOnly(Set<String> allowed) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        String hint =
            EditDistance.closest(e.getKey(), allowed, 2).stream()
                .findFirst()
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
        throw at(e.getValue().getKeyNode(), child(e.getKey()), "unknown field" + hint);
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
    return optionalText(field, maxLength)
        .orElseThrow(() -> at(node, child(field), "required field is missing"));
  }

  Optional<String> optionalText(String field, int maxLength) {
    NodeTuple tuple = entries.get(field);
    return tuple == null
        ? Optional.empty()
        : Optional.of(text(tuple.getValueNode(), child(field), maxLength));
  }

  String id(String field) {
    return id(value(field), child(field));
  }

  int integer(String field, int min, int max) {
    Node value = value(field);
    String raw = scalar(value, child(field));
    try {
      int n = Integer.parseInt(raw);
      if (n < min || n > max) {
        throw at(value, child(field), "must be between " + min + " and " + max + ", found " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw at(value, child(field), "expected a whole number, found '" + raw + "'");
    }
  }

  boolean bool(String field, boolean absent) {
    if (!has(field)) {
      return absent;
    }
    Node value = value(field);
    String raw = scalar(value, child(field));
    return switch (raw) {
      case "true" -> true;
      case "false" -> false;
      default -> throw at(value, child(field), "expected true or false, found '" + raw + "'");
    };
  }

  LocalDate date(String field) {
    Node value = value(field);
    String raw = scalar(value, child(field));
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw at(value, child(field), "expected a date as YYYY-MM-DD, found '" + raw + "'");
    }
  }

  YamlMap map(String field) {
    return of(file, child(field), value(field));
  }

  /** A list of single-line strings; a missing field is an empty list when {@code min} is 0. */
  List<String> texts(String field, int min, int max, int maxLength) {
    return list(field, min, max, (n, p) -> text(n, p, maxLength));
  }

  List<String> ids(String field, int min, int max) {
    return list(field, min, max, this::id);
  }

  List<YamlMap> maps(String field, int min, int max) {
    return list(field, min, max, (n, p) -> of(file, p, n));
  }

  /** An error at this field's value (or at the map when the field is missing). */
  ContentException error(String field, String problem) {
    NodeTuple tuple = entries.get(field);
    return at(tuple == null ? node : tuple.getValueNode(), child(field), problem);
  }

  /** An error at the {@code index}-th item of a list field. */
  ContentException error(String field, int index, String problem) {
    if (entries.get(field) != null
        && entries.get(field).getValueNode() instanceof SequenceNode seq
        && index < seq.getValue().size()) {
      return at(seq.getValue().get(index), child(field) + "[" + index + "]", problem);
    }
    return error(field, problem);
  }

  String path() {
    return path;
  }

  private interface ItemReader<T> {
    T read(Node node, String path);
  }

  private <T> List<T> list(String field, int min, int max, ItemReader<T> reader) {
    NodeTuple tuple = entries.get(field);
    if (tuple == null) {
      if (min == 0) {
        return List.of();
      }
      throw at(node, child(field), "required field is missing");
    }
    Node value = tuple.getValueNode();
    if (!(value instanceof SequenceNode seq)) {
      throw at(value, child(field), "expected a list, found " + Nodes.describe(value));
    }
    int size = seq.getValue().size();
    if (size < min || size > max) {
      throw at(value, child(field), "expected " + range(min, max) + " items, found " + size);
    }
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(reader.read(seq.getValue().get(i), child(field) + "[" + i + "]"));
    }
    return items;
  }

  private Node value(String field) {
    NodeTuple tuple = entries.get(field);
    if (tuple == null) {
      throw at(node, child(field), "required field is missing");
    }
    return tuple.getValueNode();
  }

  private String text(Node value, String fieldPath, int maxLength) {
    String raw = scalar(value, fieldPath).strip();
    if (raw.isEmpty()) {
      throw at(value, fieldPath, "must not be empty");
    }
    if (raw.indexOf('\n') >= 0) {
      throw at(value, fieldPath, "must be one line");
    }
    int length = raw.codePointCount(0, raw.length());
    if (length > maxLength) {
      throw at(value, fieldPath, length + " characters, over the limit of " + maxLength);
    }
    return raw;
  }

  private String id(Node value, String fieldPath) {
    String raw = scalar(value, fieldPath);
    if (!ID.matcher(raw).matches() || raw.length() > 40) {
      throw at(value, fieldPath, "'" + raw + "' is not an id (lower-case words joined by hyphens)");
    }
    return raw;
  }

  private String scalar(Node value, String fieldPath) {
    if (value instanceof ScalarNode s) {
      return s.getValue();
    }
    throw at(value, fieldPath, "expected a single value, found " + Nodes.describe(value));
  }

  private ContentException at(Node where, String fieldPath, String problem) {
    return new ContentException(file, Nodes.line(where), Nodes.column(where), fieldPath, problem);
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String range(int min, int max) {
    return min == max ? String.valueOf(min) : min + " to " + max;
  }
}
