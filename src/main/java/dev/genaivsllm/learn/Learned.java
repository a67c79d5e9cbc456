package dev.genaivsllm.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The classifier a command learns from the bundled examples and the packs' own ones (phrasings,
 * example goals), when the bundled pack is in use; trained in each run that needs it, so it is
 * never older than the packs.
 */
public final class Learned {
  /** The order examples are visited in while training: fixed, so every run learns the same. */
  private static final long SEED = 20261206L;

  private Learned() {}

  /**
   * @param kind {@code ask} or {@code recommend}
   * @param packs the names of the packs in use, bottom first
   * @param skip the bundled example file to leave out (the one being measured), or null
   * @param own the packs' own examples
   */
  public static Optional<TextClassifier> of(
      String kind, List<String> packs, String skip, List<Example> own) {
    if (!ExampleBook.forPacks(packs)) {
      return Optional.empty();
    }
    List<Example> examples = new ArrayList<>(ExampleBook.bundled(kind, skip));
    examples.addAll(own);
    return Optional.of(trained(List.copyOf(examples)));
  }

  /**
   * The classifier these examples train, kept for the next caller with the same examples (every
   * held-out file of an evaluation run, each test's service): training is a pure function of the
   * examples and the seed, so the one kept is the one that would be trained. Only the last is kept;
   * a classifier is about 12 MB.
   */
  private static synchronized TextClassifier trained(List<Example> examples) {
    if (!examples.equals(lastExamples)) {
      last = TextClassifier.train(examples, new SplittableRandom(SEED));
      lastExamples = examples;
    }
    return last;
  }

  private static List<Example> lastExamples;
  private static TextClassifier last;
}
