package dev.genaivsllm.model;

import java.util.List;

/**
 * A topic the field has moved on, as a pack declares it in {@code pack.yaml}'s {@code moved}: the
 * entries listed here must cite at least one source from {@code since} or later, or {@code lint}
 * warns that they may describe the field as it was (GVL020).
 *
 * @param since the year the field moved: a source counts as current from this year on
 * @param why what changed, in one line, so the next editor knows what to look for ("" when not
 *     given)
 * @param dimensions the dimension ids on this topic
 * @param concepts the concept ids on this topic
 * @param families the recommend family ids on this topic
 */
public record MovedTopic(
    int since, String why, List<String> dimensions, List<String> concepts, List<String> families) {

  public MovedTopic {
    dimensions = List.copyOf(dimensions);
    concepts = List.copyOf(concepts);
    families = List.copyOf(families);
  }
}
