package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.TimelineEvent;
import java.util.List;

/**
 * The result of {@code timeline}: the years shown and the events in them, in date order.
 *
 * @param since the first year on the axis
 * @param until the last year on the axis
 * @param sources each source the events cite, once, in order of first citation
 */
public record TimelineView(
    PackInfo pack, int since, int until, List<TimelineEvent> events, List<Source> sources) {
  public TimelineView {
    events = List.copyOf(events);
    sources = List.copyOf(sources);
  }
}
