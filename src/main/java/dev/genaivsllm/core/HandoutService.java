package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.model.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers {@code handout}: the map, the overview and the timeline, the first misconception of each
 * dimension (a dimension lists its most common one first), and one list of what they cite.
 */
public final class HandoutService {
  private final ContentRepository content;
  private final MapService maps;
  private final CompareService compare;
  private final TimelineService timelines;

  public HandoutService(
      ContentRepository content,
      MapService maps,
      CompareService compare,
      TimelineService timelines) {
    this.content = content;
    this.maps = maps;
    this.compare = compare;
    this.timelines = timelines;
  }

  public Handout handout() {
    FieldMapView map = maps.map();
    Comparison overview = compare.compare(List.of());
    TimelineView timeline = timelines.between(null, null);
    Set<String> keys = new LinkedHashSet<>();
    List<Handout.Myth> myths = new ArrayList<>();
    for (Dimension d : overview.dimensions()) {
      keys.addAll(d.sources());
    }
    map.sources().forEach(s -> keys.add(s.key()));
    timeline.sources().forEach(s -> keys.add(s.key()));
    for (Dimension d : overview.dimensions()) {
      if (!d.misconceptions().isEmpty()) {
        myths.add(new Handout.Myth(d.title(), d.misconceptions().get(0)));
        keys.addAll(d.misconceptions().get(0).sources());
      }
    }
    return new Handout(
        map.pack(), map, overview, timeline, myths, content.bibliography().resolve(keys));
  }
}
