package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@code ask}: one answer first, then where to read on.
 *
 * @param kind what answers the question
 * @param concepts the concept answered (one), or the two set side by side
 * @param dimension the dimension answered, or the one a misconception belongs to
 * @param misconception the misconception the question repeats, with its correction
 * @param sources the sources of what is shown, in order of first citation
 * @param seeAlso up to three other entries worth opening, best first
 * @param corrections words read as another known word ("halucination" as "hallucination")
 * @param terms the field's terms everyday phrases stood for ("make things up": hallucination), so
 *     the reader sees how the question was understood
 * @param score how well the answer matched, in [0, 1]
 */
public record Answer(
    PackInfo pack,
    String question,
    Kind kind,
    List<Concept> concepts,
    Optional<Dimension> dimension,
    Optional<Misconception> misconception,
    List<Source> sources,
    Level level,
    List<SeeAlso> seeAlso,
    List<ReadAs> corrections,
    List<String> terms,
    double score) {

  /** What kind of entry answers. */
  public enum Kind {
    /** A concept: its definition at the chosen level. */
    concept,
    /** A dimension: its summary and both sides. */
    dimension,
    /** A misconception the question repeats: the claim and its correction. */
    misconception,
    /** Where a concept sits: generative or not, an LLM or not. */
    placement,
    /** Two concepts side by side. */
    comparison
  }

  /** Another entry worth reading, and the command that opens it. */
  public record SeeAlso(String kind, String id, String title, String command) {}

  /** A typed word, and the known word it was read as. */
  public record ReadAs(String typed, String as) {}

  public Answer {
    concepts = List.copyOf(concepts);
    sources = List.copyOf(sources);
    seeAlso = List.copyOf(seeAlso);
    corrections = List.copyOf(corrections);
    terms = List.copyOf(terms);
  }

  /** The ids of the entries the answer is about: one, or two side by side. */
  public List<String> ids() {
    return switch (kind) {
      case dimension, misconception -> List.of(dimension.orElseThrow().id());
      case comparison -> concepts.stream().map(Concept::id).toList();
      default -> List.of(concepts.get(0).id());
    };
  }
}
