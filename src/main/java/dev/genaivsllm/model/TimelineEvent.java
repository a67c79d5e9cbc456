package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;

/**
 * One dated step in one of the two histories, from {@code timeline.yaml}.
 *
 * @param concept the concept id {@code explain} opens for it
 * @param title what happened, in a few words ("GPT-3, 175B parameters")
 * @param crossing how the event crosses over into the other history, when it does
 * @param sources cite keys; the first one dates the event
 */
public record TimelineEvent(
    String id,
    EventDate date,
    Lane lane,
    String concept,
    String title,
    Optional<String> crossing,
    List<String> sources) {
  public TimelineEvent {
    sources = List.copyOf(sources);
  }
}
