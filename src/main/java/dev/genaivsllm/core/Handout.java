package dev.genaivsllm.core;

import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/**
 * The result of {@code handout}: what a few printed pages hold, the short answer, the map, every
 * dimension in one line per side, the timeline, the first misconception of each dimension and the
 * sources all of these cite.
 *
 * @param overview every dimension in teaching order
 * @param misconceptions the first misconception of each dimension, with the dimension's title
 * @param sources every source the handout cites, once, in the order the handout first cites them
 */
public record Handout(
    PackInfo pack,
    FieldMapView map,
    Comparison overview,
    TimelineView timeline,
    List<Myth> misconceptions,
    List<Source> sources) {
  public Handout {
    misconceptions = List.copyOf(misconceptions);
    sources = List.copyOf(sources);
  }

  /** A misconception and the dimension it belongs to. */
  public record Myth(String dimension, Misconception misconception) {}
}
