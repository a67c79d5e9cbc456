package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaivsllm.content.NodeCache;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** With the trees the build saves, every command prints exactly what it prints from the YAML. */
class NodeCacheCommandTest {
  @TempDir static Path dir;

  private static NodeCache cache;

  @BeforeAll
  static void saveTheFixturePack() throws Exception {
    NodeCache.main(new String[] {Packs.fixture().toString(), dir.resolve("cache").toString()});
    cache = NodeCache.in(dir.resolve("cache"));
  }

  static List<List<String>> commands() {
    return List.of(
        List.of(),
        List.of("--version"),
        List.of("compare"),
        List.of("compare", "architecture", "data", "--json"),
        List.of("compare", "--format", "markdown"),
        List.of("explain", "transformer"),
        List.of("explain", "gan", "--json"),
        List.of("search", "attention"),
        List.of("sources"),
        List.of("recommend", "summarise emails", "--json"),
        List.of("quiz", "--seed", "3", "--count", "2", "--no-save", "--answers", "a,b"),
        List.of("compare", "no-such-dimension"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void printsTheSameAsFromTheYaml(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    CliRun parsed = CliRun.run(argv);
    CliRun saved = CliRun.with().nodeCache(cache).run(argv);
    assertEquals(parsed.toString(), saved.toString());
  }
}
