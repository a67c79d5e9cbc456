package dev.genaivsllm.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One glossary entry, loaded from {@code concepts/<id>.yaml}.
 *
 * @param phrasings questions as learners ask them when this concept is the answer ("why does it
 *     make things up")
 * @param isNot the common confusion, corrected
 * @param placementNote why the concept sits on that side
 * @param related other concept ids
 * @param dimensions the dimension ids it appears in
 */
public record Concept(
    String id,
    String title,
    List<String> aliases,
    List<String> phrasings,
    String definition,
    String beginner,
    String practitioner,
    String isNot,
    Placement placement,
    String placementNote,
    List<String> related,
    List<String> dimensions,
    List<String> sources,
    LocalDate reviewed) {

  public Concept {
    aliases = List.copyOf(aliases);
    phrasings = List.copyOf(phrasings);
    related = List.copyOf(related);
    dimensions = List.copyOf(dimensions);
    sources = List.copyOf(sources);
  }
}
