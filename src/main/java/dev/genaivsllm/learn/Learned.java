package dev.genaivsllm.learn;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.content.EvalSetReader;
import dev.genaivsllm.content.YamlReader;
import dev.genaivsllm.model.EvalSet;
import dev.genaivsllm.understand.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The classifier a command learns from the bundled examples and the packs' own ones (phrasings,
 * example goals), when the bundled pack is in use. Training is a pure function of the examples, the
 * code that reads and learns from them, and a fixed seed; so a classifier is kept under a key made
 * of all three (docs/adr/0011), in memory for the next caller in the same run and, through a {@link
 * ModelStore}, for the next run. Whatever changes the examples or that code changes the key, so a
 * kept classifier is never older than the packs.
 */
public final class Learned {
  /** The order examples are visited in while training: fixed, so every run learns the same. */
  private static final long SEED = 20261206L;

  /**
   * The code that turns example files into a classifier and a classifier into bytes, the YAML
   * reading that examples pass through included: its class files are part of the key, so that a
   * build that learns differently never finds the last one's.
   */
  private static final List<Class<?>> LEARNING_CODE =
      List.of(
          Words.class,
          Words.Word.class,
          YamlReader.class,
          ContentLimits.class,
          EvalSetReader.class,
          EvalSet.class,
          EvalSet.Case.class,
          ExampleBook.class,
          Example.class,
          Ngrams.class,
          SparseVector.class,
          LinearSvm.class,
          TextClassifier.class,
          ModelCodec.class,
          Learned.class);

  /**
   * The same, for classes the learning code does not name: package-private ones of ours, and the
   * parts of SnakeYAML that read the examples' YAML (another version, another key).
   */
  private static final List<String> UNNAMED_CODE =
      List.of(
          "dev.genaivsllm.content.YamlMap",
          "dev.genaivsllm.content.ScalarReader",
          "org.yaml.snakeyaml.scanner.ScannerImpl",
          "org.yaml.snakeyaml.parser.ParserImpl",
          "org.yaml.snakeyaml.composer.Composer");

  private Learned() {}

  /**
   * @param kind {@code ask} or {@code recommend}
   * @param content the packs in use
   * @param skip the bundled example file to leave out (the one being measured), or null
   * @param own the packs' own examples
   * @param store where classifiers are kept between runs; used only when {@code skip} is null, so
   *     that measuring each file with a classifier that never saw it does not fill it
   */
  public static Optional<TextClassifier> of(
      String kind, ContentRepository content, String skip, List<Example> own, ModelStore store) {
    if (!ExampleBook.forPacks(content.packs().stream().map(p -> p.info().name()).toList())) {
      return Optional.empty();
    }
    byte[] key = key(kind, skip, own);
    synchronized (KEPT) {
      Kept kept = KEPT.get(kind);
      if (kept != null && Arrays.equals(kept.key(), key)) {
        return Optional.of(kept.classifier());
      }
    }
    String name = "learned-" + kind + "-" + HexFormat.of().formatHex(key, 0, 12) + ".bin";
    Optional<TextClassifier> found =
        skip == null ? store.find(name).flatMap(b -> ModelCodec.read(b, key)) : Optional.empty();
    if (found.isEmpty()) {
      List<Example> examples = new ArrayList<>(ExampleBook.bundled(kind, skip));
      examples.addAll(own);
      // a jar built without eval/ and a pack without examples: nothing to learn from
      if (examples.stream().map(Example::label).distinct().count() < 2) {
        return Optional.empty();
      }
      found = Optional.of(TextClassifier.train(examples, new SplittableRandom(SEED)));
      if (skip == null) {
        store.keep(name, ModelCodec.write(key, found.get()));
      }
    }
    // one kept per kind (a classifier is about 15 MB): every held-out file of an evaluation run
    // and each test's service find the same one
    synchronized (KEPT) {
      KEPT.put(kind, new Kept(key, found.get()));
    }
    return found;
  }

  /** What the classifier is a function of: the learning code, the seed and the examples. */
  static byte[] key(String kind, String skip, List<Example> own) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    text(sha, kind + " " + SEED);
    for (Class<?> code : LEARNING_CODE) {
      bytes(sha, classFile(code.getName()));
    }
    for (String code : UNNAMED_CODE) {
      bytes(sha, classFile(code));
    }
    for (String file : ExampleBook.files(kind)) {
      if (!file.equals(skip)) {
        text(sha, file);
        bytes(sha, ExampleBook.bytes(file));
      }
    }
    for (Example e : own) {
      text(sha, e.text());
      text(sha, e.label());
    }
    return sha.digest();
  }

  /** A text, preceded by its length so that no two lists of texts give the same bytes. */
  private static void text(MessageDigest sha, String text) {
    bytes(sha, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(MessageDigest sha, byte[] bytes) {
    sha.update(
        new byte[] {
          (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8), (byte) bytes.length
        });
    sha.update(bytes);
  }

  private static byte[] classFile(String code) {
    return ExampleBook.resource("/" + code.replace('.', '/') + ".class");
  }

  private record Kept(byte[] key, TextClassifier classifier) {}

  private static final Map<String, Kept> KEPT = new HashMap<>();
}
