package dev.genaivsllm.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One question of the bank, loaded from {@code quiz/<topic>.yaml}.
 *
 * @param id stable across edits: progress is stored by it
 * @param topic the file it comes from
 * @param options in the order written; the quiz shuffles free options
 */
public record Question(
    String id,
    String topic,
    QuestionKind kind,
    Difficulty difficulty,
    String prompt,
    List<Option> options,
    String explanation,
    List<String> concepts,
    List<String> dimensions,
    List<String> sources) {

  /** An answer option; a wrong one says why it is wrong. */
  public record Option(String text, boolean correct, Optional<String> why) {}

  public Question {
    options = List.copyOf(options);
    concepts = List.copyOf(concepts);
    dimensions = List.copyOf(dimensions);
    sources = List.copyOf(sources);
  }

  /** Positions of the correct options, in the written order. */
  public List<Integer> correctIndexes() {
    return IntStream.range(0, options.size())
        .filter(i -> options.get(i).correct())
        .boxed()
        .toList();
  }
}
