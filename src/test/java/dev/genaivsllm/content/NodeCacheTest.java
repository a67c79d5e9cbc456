package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCacheTest {
  @TempDir Path dir;

  @Test
  void savesATreeForEveryYamlFileAndFindsItByPathAndBytes() throws IOException {
    Path cache = dir.resolve("cache");
    int saved = NodeCache.write(Packs.fixture(), cache);
    long files;
    try (Stream<Path> walk = Files.walk(Packs.fixture())) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).count();
    }
    assertEquals(files, saved);
    byte[] bytes = Files.readAllBytes(Packs.fixture().resolve("dimensions/architecture.yaml"));
    NodeCache nodes = NodeCache.in(cache);
    assertNotNull(nodes.find(ContentLimits.DEFAULT, "dimensions/architecture.yaml", bytes));
    assertNull(
        nodes.find(ContentLimits.DEFAULT, "dimensions/data.yaml", bytes), "another file's tree");
    byte[] edited = bytes.clone();
    edited[edited.length - 2] ^= 1;
    assertNull(
        nodes.find(ContentLimits.DEFAULT, "dimensions/architecture.yaml", edited),
        "an edited file");
    assertNull(
        NodeCache.in(dir.resolve("missing")).find(ContentLimits.DEFAULT, "pack.yaml", bytes));
    assertNull(NodeCache.NONE.find(ContentLimits.DEFAULT, "dimensions/architecture.yaml", bytes));
  }

  @Test
  void aFileThatDoesNotParseIsLeftOut() throws IOException {
    Path pack = dir.resolve("pack");
    put(pack, "pack.yaml", "name: x\n");
    put(pack, "dimensions/bad.yaml", "title: [unclosed\n");
    assertEquals(1, NodeCache.write(pack, dir.resolve("cache")));
    assertTrue(Files.exists(dir.resolve("cache/pack.yaml.node")));
    assertTrue(Files.notExists(dir.resolve("cache/dimensions/bad.yaml.node")));
  }

  @Test
  void writingAgainReplacesOldTreesAndDeletesNothingElse() throws IOException {
    Path pack = dir.resolve("pack");
    Path cache = dir.resolve("cache");
    put(pack, "pack.yaml", "name: x\n");
    put(pack, "concepts/gone.yaml", "title: Gone\n");
    NodeCache.write(pack, cache);
    Files.delete(pack.resolve("concepts/gone.yaml"));
    Files.writeString(cache.resolve("notes.txt"), "mine");
    NodeCache.write(pack, cache);
    assertTrue(Files.notExists(cache.resolve("concepts/gone.yaml.node")));
    assertEquals("mine", Files.readString(cache.resolve("notes.txt")));
    List<String> left;
    try (Stream<Path> walk = Files.walk(cache)) {
      left =
          walk.filter(Files::isRegularFile)
              .map(p -> cache.relativize(p).toString())
              .sorted()
              .toList();
    }
    assertEquals(List.of("notes.txt", "pack.yaml.node"), left);
  }

  private static void put(Path pack, String file, String text) throws IOException {
    Files.createDirectories(pack.resolve(file).getParent());
    Files.writeString(pack.resolve(file), text);
  }

  @Test
  void aDamagedFileIsIgnored() throws IOException {
    Path cache = dir.resolve("cache");
    NodeCache.write(Packs.fixture(), cache);
    Path saved = cache.resolve("pack.yaml.node");
    byte[] bytes = Files.readAllBytes(Packs.fixture().resolve("pack.yaml"));
    Files.writeString(saved, "garbage", StandardCharsets.UTF_8);
    assertNull(NodeCache.in(cache).find(ContentLimits.DEFAULT, "pack.yaml", bytes));
    Files.delete(cache.resolve("sources.yaml.node"));
    Files.createDirectories(cache.resolve("sources.yaml.node"));
    assertNull(NodeCache.in(cache).find(ContentLimits.DEFAULT, "sources.yaml", bytes));
    try (var file =
        java.nio.channels.FileChannel.open(saved, java.nio.file.StandardOpenOption.WRITE)) {
      file.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 3L << 30); // a sparse 3 GB file
    }
    assertNull(
        NodeCache.in(cache).find(ContentLimits.DEFAULT, "pack.yaml", bytes),
        "far larger than a tree can be");
  }

  @Test
  void aPathOutOfTheCacheFolderIsNeverRead() throws IOException {
    Path cache = dir.resolve("cache");
    NodeCache.write(Packs.fixture(), cache);
    byte[] bytes = Files.readAllBytes(Packs.fixture().resolve("pack.yaml"));
    Files.copy(cache.resolve("pack.yaml.node"), dir.resolve("outside.yaml.node"));
    assertNotNull(NodeCache.in(cache).find(ContentLimits.DEFAULT, "pack.yaml", bytes));
    assertNull(NodeCache.in(cache).find(ContentLimits.DEFAULT, "../outside.yaml", bytes));
  }

  /**
   * A saved tree that differs from what the file says (as no build makes) shows which source a
   * repository really read.
   */
  private Path cacheSaying(String title) throws IOException {
    Path cache = dir.resolve("crafted");
    byte[] bytes = Files.readAllBytes(Packs.fixture().resolve("dimensions/architecture.yaml"));
    String edited =
        new String(bytes, StandardCharsets.UTF_8).replace("title: Architecture", "title: " + title);
    YamlReader reader = new YamlReader(ContentLimits.DEFAULT);
    Path target = cache.resolve("dimensions/architecture.yaml.node");
    Files.createDirectories(target.getParent());
    Files.write(
        target,
        NodeCodec.encode(
            ContentLimits.DEFAULT,
            bytes,
            reader.parse(edited.getBytes(StandardCharsets.UTF_8), "x.yaml")));
    return cache;
  }

  @Test
  void commandsTakeSavedTreesOnlyWithinTheLimitsTheyWereMadeWith() throws IOException {
    NodeCache crafted = NodeCache.in(cacheSaying("From The Cache"));
    ContentRepository cached =
        ContentRepository.layered(() -> List.of(Packs.fixture()), ContentLimits.DEFAULT, crafted);
    assertEquals("From The Cache", cached.dimension("architecture").title());
    ContentLimits other = new ContentLimits(256 * 1024, 64L * 1024 * 1024, 20_000, 17, 0);
    ContentRepository strict =
        ContentRepository.layered(() -> List.of(Packs.fixture()), other, crafted);
    assertEquals("Architecture", strict.dimension("architecture").title());
  }

  @Test
  void theCommandTreeReadsThroughTheCacheItIsGiven() throws IOException {
    NodeCache crafted = NodeCache.in(cacheSaying("From The Cache"));
    CliRun run = CliRun.with().nodeCache(crafted).run("compare", "architecture", "--json");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\"title\": \"From The Cache\""), run::toString);
  }
}
