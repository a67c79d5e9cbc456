package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The launcher's start-up archive folder, {@code $XDG_CACHE_HOME/genai-vs-llm}, as the tests look
 * at it: one slot per installation and Java ({@code startup-<sum>.jsa} and its stamp {@code
 * startup-<sum>.id}), a lock while a warm-up runs ({@code startup-<sum>.lock}), a record of a
 * failed try ({@code startup-<sum>.failed}).
 */
record ArchiveFolder(Path dir) {
  /** The folder under a cache home ({@code XDG_CACHE_HOME}). */
  static ArchiveFolder under(Path cacheHome) {
    return new ArchiveFolder(cacheHome.resolve("genai-vs-llm"));
  }

  /** The names in the folder, sorted. */
  List<String> names() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  List<Path> withSuffix(String suffix) throws IOException {
    return names().stream().filter(n -> n.endsWith(suffix)).map(dir::resolve).toList();
  }

  List<Path> stamps() throws IOException {
    return withSuffix(".id");
  }

  /** The one archive there is. */
  Path archive() throws IOException {
    List<Path> archives = withSuffix(".jsa");
    assertTrue(archives.size() == 1, "not one archive: " + names());
    return archives.get(0);
  }

  /** The stamp of the one archive there is. */
  Path stamp() throws IOException {
    Path archive = archive();
    String name = archive.getFileName().toString();
    return archive.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + ".id");
  }

  /** Whether a warm-up is running (it holds its slot's lock from before it starts to its end). */
  boolean warmingUp() throws IOException {
    return names().stream().anyMatch(n -> n.endsWith(".lock") || n.startsWith("warmup."));
  }

  /** Waits until no warm-up runs, so that a test sees what it did (two minutes at most). */
  void settle() throws Exception {
    await(
        () -> {
          try {
            return !warmingUp();
          } catch (IOException e) {
            return false;
          }
        },
        "a warm-up still running after two minutes: " + names());
  }

  /** Waits until {@code count} stamps are there and no warm-up runs. */
  void awaitStamps(int count) throws Exception {
    await(
        () -> {
          try {
            return stamps().size() >= count && !warmingUp();
          } catch (IOException e) {
            return false;
          }
        },
        "not " + count + " archives after two minutes: " + names());
  }

  /** Polls every 50 ms for two minutes at most. */
  static void await(BooleanSupplier condition, String failure) throws InterruptedException {
    for (int i = 0; i < 2400 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertTrue(condition.getAsBoolean(), failure);
  }
}
