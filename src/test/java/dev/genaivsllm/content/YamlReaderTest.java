package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;

class YamlReaderTest {
  @TempDir Path dir;

  private final YamlReader reader = new YamlReader(new ContentLimits(1024, 10_000, 100, 5, 0));

  private ContentException fails(byte[] bytes) throws IOException {
    Path file = dir.resolve("x.yaml");
    Files.write(file, bytes);
    return assertThrows(ContentException.class, () -> reader.read(file, "dims/x.yaml"));
  }

  private ContentException fails(String text) throws IOException {
    return fails(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAMapAndKeepsPositions() throws IOException {
    Path file = dir.resolve("ok.yaml");
    Files.writeString(file, "title: Data\nversion: 1.10\nflag: no\n");
    var node = (MappingNode) reader.read(file, "ok.yaml");
    assertEquals(3, node.getValue().size());
    assertEquals(1, node.getValue().get(1).getKeyNode().getStartMark().getLine());
  }

  @Test
  void syntaxErrorNamesFileLineAndColumn() throws IOException {
    ContentException e = fails("title: ok\nsummary: [unclosed\nother: x\n");
    assertEquals("dims/x.yaml", e.file());
    assertTrue(e.line() >= 2, e::getMessage);
    assertTrue(
        e.getMessage().startsWith("dims/x.yaml:" + e.line() + ":" + e.column() + ": invalid YAML"),
        e::getMessage);
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    assertEquals("the file is empty", fails("# only a comment\n").problem());
  }

  @Test
  void byteOrderMarkIsRefusedWithAClearFix() throws IOException {
    ContentException e =
        fails(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', 'b'});
    assertTrue(e.problem().contains("byte-order mark"), e::getMessage);
  }

  @Test
  void invalidUtf8IsRefused() throws IOException {
    ContentException e = fails(new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
    assertEquals("the file is not valid UTF-8", e.problem());
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
    ContentException e = fails("a: " + "x".repeat(2000) + "\n");
    assertTrue(e.problem().contains("over the limit of 1024 bytes"), e::getMessage);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() throws IOException {
    ContentException e = fails("a: [[[[[[[[1]]]]]]]]\n");
    assertEquals(Rule.TOO_LARGE, e.rule());
    assertEquals("maps and lists nested deeper than the limit of 5 levels", e.problem());
  }

  @Test
  void aliasesToCollectionsAreRefused() throws IOException {
    ContentException e = fails("a: &x [1, 2]\nb: *x\n");
    assertEquals(Rule.TOO_LARGE, e.rule());
    assertTrue(
        e.problem().startsWith("YAML aliases (*name) to maps or lists are not allowed"),
        e::getMessage);
  }

  @Test
  void severalDocumentsInOneFileAreRefused() throws IOException {
    ContentException e = fails("a: 1\n---\nb: 2\n");
    assertTrue(e.problem().startsWith("invalid YAML"), e::getMessage);
  }

  @Test
  void missingFileIsAContentError() {
    ContentException e =
        assertThrows(
            ContentException.class, () -> reader.read(dir.resolve("nope.yaml"), "nope.yaml"));
    assertEquals("nope.yaml: file not found", e.getMessage());
  }
}
