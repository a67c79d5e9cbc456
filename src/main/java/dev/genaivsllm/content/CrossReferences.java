package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import java.util.Collection;
import java.util.List;

/**
 * Lists in one file that name things elsewhere: ids of other entries and cite keys in the
 * bibliography. Each item that names nothing is reported where it is written, so an author sees the
 * exact line, which is why this happens while mapping and not afterwards.
 */
final class CrossReferences {
  private CrossReferences() {}

  /** A list of ids, each of which must be one of {@code known}. */
  static List<String> ids(
      YamlMap map, String field, int min, int max, Collection<String> known, String kind) {
    List<String> ids = map.ids(field, min, max);
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        map.report(field, i, Rule.UNKNOWN_REFERENCE, "unknown " + kind + " '" + ids.get(i) + "'");
      }
    }
    return ids;
  }

  /** One to twenty cite keys, each of which must be in the bibliography. */
  static List<String> sourceKeys(YamlMap map, String field, Bibliography bibliography) {
    List<String> keys = map.texts(field, 1, 20, 60);
    for (int i = 0; i < keys.size(); i++) {
      if (!bibliography.contains(keys.get(i))) {
        map.report(field, i, Rule.UNKNOWN_SOURCE, "unknown source key '" + keys.get(i) + "'");
      }
    }
    return keys;
  }
}
