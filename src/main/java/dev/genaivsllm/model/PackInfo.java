package dev.genaivsllm.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code pack.yaml} says about a content pack.
 *
 * @param order the teaching order of the dimensions; dimensions not listed follow alphabetically
 * @param moved the topics the field has moved on, whose entries must cite recent sources
 */
public record PackInfo(
    String name,
    String version,
    int schemaVersion,
    String language,
    LocalDate reviewed,
    String description,
    List<String> order,
    List<MovedTopic> moved) {

  public PackInfo {
    order = List.copyOf(order);
    moved = List.copyOf(moved);
  }
}
