package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;

/**
 * A concept drawn as a label on the map of the field, from {@code map.yaml}.
 *
 * @param id a concept id
 * @param in the region it sits in, or two overlapping regions whose overlap it sits in; empty for a
 *     backbone
 * @param under for a backbone, the two overlapping regions it runs under; else empty
 * @param note a few words drawn beside the label
 * @param crossing how it crosses the line between the regions, when it does; such members are
 *     marked
 */
public record MapMember(
    String id,
    List<String> in,
    List<String> under,
    Optional<String> note,
    Optional<String> crossing,
    List<String> sources) {
  public MapMember {
    in = List.copyOf(in);
    under = List.copyOf(under);
    sources = List.copyOf(sources);
  }

  /** Whether it is drawn as a band under two regions rather than as a label in one. */
  public boolean backbone() {
    return !under.isEmpty();
  }
}
