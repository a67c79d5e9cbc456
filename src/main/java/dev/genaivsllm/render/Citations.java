package dev.genaivsllm.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Numbers the sources of one block of output, so statements can carry markers like [1,3]. */
final class Citations {
  private final Map<String, Integer> numbers = new HashMap<>();

  /**
   * @param keys the block's keys in order of first citation; they are numbered from 1
   */
  Citations(List<String> keys) {
    for (String key : keys) {
      numbers.putIfAbsent(key, numbers.size() + 1);
    }
  }

  String marker(List<String> keys) {
    return keys.stream()
        .map(k -> String.valueOf(numbers.get(k)))
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** The statement followed by its marker: {@code text [1,3]}. */
  String cite(String text, List<String> keys) {
    return text + " " + marker(keys);
  }
}
