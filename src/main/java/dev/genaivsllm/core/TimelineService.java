package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.TimelineEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Answers {@code timeline}: both histories on one axis, within the years asked for. */
public final class TimelineService {
  private final ContentRepository content;
  private final Clock clock;

  public TimelineService(ContentRepository content, Clock clock) {
    this.content = content;
    this.clock = clock;
  }

  /**
   * The events from {@code since} to {@code until}, both included. Without {@code since}, the axis
   * starts at the first event; without {@code until}, it runs to this year (or to {@code since},
   * when that is later).
   */
  public TimelineView between(Integer since, Integer until) {
    List<TimelineEvent> all = content.timeline().events();
    int first = since != null ? since : all.isEmpty() ? thisYear() : all.get(0).date().year();
    int last = until != null ? until : Math.max(first, thisYear());
    List<TimelineEvent> shown =
        all.stream().filter(e -> e.date().year() >= first && e.date().year() <= last).toList();
    Set<String> keys = new LinkedHashSet<>();
    shown.forEach(e -> keys.addAll(e.sources()));
    return new TimelineView(
        content.pack(), first, last, shown, content.bibliography().resolve(keys));
  }

  private int thisYear() {
    return LocalDate.now(clock).getYear();
  }
}
