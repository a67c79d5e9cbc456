package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.Node;

class PackMapperTest {
  @TempDir Path dir;

  private final YamlReader reader = new YamlReader(ContentLimits.DEFAULT);

  private Node node(String yaml) throws IOException {
    Path file = dir.resolve("f.yaml");
    Files.writeString(file, yaml);
    return reader.read(file, "f.yaml");
  }

  @Test
  void packOrderAndVersionKeepTheirText() throws IOException {
    var pack =
        PackMapper.map(
            "pack.yaml",
            node(
                """
        name: my-pack
        version: 1.10
        schemaVersion: 1
        language: en
        reviewed: 2026-01-01
        order: [b, a]
        """),
            Problems.strict());
    assertEquals("1.10", pack.version());
    assertEquals(List.of("b", "a"), pack.order());
  }
}
