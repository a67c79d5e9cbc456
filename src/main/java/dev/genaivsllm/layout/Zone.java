package dev.genaivsllm.layout;

import java.util.List;
import java.util.Optional;

/**
 * What one area holds, drawn top to bottom: a note, labels in rows, regions one under another, at
 * most one overlapping pair, and the bands that run under that pair.
 *
 * @param note a line about the area, or empty
 */
public record Zone(
    String note, List<Label> labels, List<Region> regions, Optional<Pair> pair, List<Label> bands) {
  public Zone {
    labels = List.copyOf(labels);
    regions = List.copyOf(regions);
    bands = List.copyOf(bands);
  }

  boolean isEmpty() {
    return note.isEmpty() && labels.isEmpty() && regions.isEmpty() && pair.isEmpty();
  }
}
