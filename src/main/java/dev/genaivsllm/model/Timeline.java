package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;

/**
 * The events of both histories from every pack's {@code timeline.yaml}, in date order.
 *
 * @param dimension the dimension whose dated points the events must agree with, when one is named
 */
public record Timeline(Optional<String> dimension, List<TimelineEvent> events) {
  public Timeline {
    events = List.copyOf(events);
  }
}
