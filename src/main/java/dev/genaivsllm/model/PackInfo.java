package dev.genaivsllm.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code pack.yaml} says about a content pack.
 *
 * @param order the teaching order of the dimensions; dimensions not listed follow alphabetically
 */
public record PackInfo(
    String name,
    String version,
    int schemaVersion,
    String language,
    LocalDate reviewed,
    String description,
    List<String> order) {

  public PackInfo {
    order = List.copyOf(order);
  }
}
