package dev.genaivsllm.understand;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps that iterate in key order. Scores sum over map entries, and {@code Map.copyOf} iterates in
 * an order that changes from one run of the JVM to the next, so sums differed in their last bit and
 * near-ties were broken differently from run to run; the same question must always get the same
 * answer.
 */
final class Sorted {
  private Sorted() {}

  /** An unmodifiable copy that iterates in key order and looks up in constant time. */
  static <V> Map<String, V> copy(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(map)));
  }
}
