package dev.genaivsllm.learn;

import dev.genaivsllm.content.ContentRepository;
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
   * @param content the packs in use
   * @param skip the bundled example file to leave out (the one being measured), or null
   * @param own the packs' own examples
   */
  public static Optional<TextClassifier> of(
      String kind, ContentRepository content, String skip, List<Example> own) {
    if (!ExampleBook.forPacks(content.packs().stream().map(p -> p.info().name()).toList())) {
      return Optional.empty();
    }
    List<Example> examples = new ArrayList<>(ExampleBook.bundled(kind, skip));
    examples.addAll(own);
    // a jar built without eval/ and a pack without examples: nothing to learn from
    if (examples.stream().map(Example::label).distinct().count() < 2) {
      return Optional.empty();
    }
    return Optional.of(trained(kind, List.copyOf(examples)));
  }

  /**
   * The classifier these examples train, kept for the next caller of the same kind with the same
   * examples (every held-out file of an evaluation run, each test's service): training is a pure
   * function of the examples and the seed, so the one kept is the one that would be trained. One is
   * kept per kind; a classifier is about 12 MB.
   */
  private static synchronized TextClassifier trained(String kind, List<Example> examples) {
    Kept kept = KEPT.get(kind);
    if (kept == null || !kept.examples().equals(examples)) {
      kept = new Kept(examples, TextClassifier.train(examples, new SplittableRandom(SEED)));
      KEPT.put(kind, kept);
    }
    return kept.classifier();
  }

  private record Kept(List<Example> examples, TextClassifier classifier) {}

  private static final java.util.Map<String, Kept> KEPT = new java.util.HashMap<>();
}
