package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

class NodeCodecTest {
  private final YamlReader reader = new YamlReader(ContentLimits.DEFAULT);

  static Stream<Path> bundledFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(Packs.real())) {
      return walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledFiles")
  void everyBundledFileDecodesToTheTreeTheParserMakes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Node parsed = reader.parse(bytes, file.toString());
    Node decoded =
        NodeCodec.decode(
            ContentLimits.DEFAULT, NodeCodec.encode(ContentLimits.DEFAULT, bytes, parsed), bytes);
    assertNotNull(decoded, file::toString);
    assertEquals(describe(parsed), describe(decoded), file::toString);
  }

  @Test
  void keepsEveryKindOfScalarAndPosition() {
    String yaml =
        "plain: no\nquoted: \"1.10\"\nsingle: 'x'\nliteral: |\n  two\n  lines\nfolded: >\n  a\n"
            + "  b\nlist: [a, {k: v}]\nnested:\n  - - deep\nanchor: &a text\nalias: *a\n"
            + "tagged: !!int 5\nunicode: \"caf\\u00e9 \\U0001F600\"\nlocal: !a%20b x\n"
            + "accented: !caf%C3%A9 y\nplus: !a+b z\nsurrogate: \"x\\ud800y\"\n";
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    Node parsed = reader.parse(bytes, "x.yaml");
    Node decoded =
        NodeCodec.decode(
            ContentLimits.DEFAULT, NodeCodec.encode(ContentLimits.DEFAULT, bytes, parsed), bytes);
    assertEquals(describe(parsed), describe(decoded));
    assertEquals(15, ((MappingNode) decoded).getValue().size());
  }

  @Test
  void otherBytesGetNothing() {
    byte[] bytes = "title: Data\n".getBytes(StandardCharsets.UTF_8);
    byte[] encoded = NodeCodec.encode(ContentLimits.DEFAULT, bytes, reader.parse(bytes, "x.yaml"));
    assertNull(
        NodeCodec.decode(
            ContentLimits.DEFAULT, encoded, "title: Date\n".getBytes(StandardCharsets.UTF_8)));
    assertNull(
        NodeCodec.decode(
            ContentLimits.DEFAULT, encoded, "title: Data\n\n".getBytes(StandardCharsets.UTF_8)));
    assertNull(NodeCodec.decode(ContentLimits.DEFAULT, encoded, new byte[0]));
  }

  @Test
  void damagedEncodingsGetNothingAndNeverThrow() {
    byte[] bytes = "a: [1, 2, {b: c}]\nd: e\n".getBytes(StandardCharsets.UTF_8);
    byte[] encoded = NodeCodec.encode(ContentLimits.DEFAULT, bytes, reader.parse(bytes, "x.yaml"));
    assertNotNull(NodeCodec.decode(ContentLimits.DEFAULT, encoded, bytes));
    for (int length = 0; length < encoded.length; length++) {
      assertNull(
          NodeCodec.decode(ContentLimits.DEFAULT, Arrays.copyOf(encoded, length), bytes),
          "cut at " + length);
    }
    assertNull(
        NodeCodec.decode(ContentLimits.DEFAULT, Arrays.copyOf(encoded, encoded.length + 1), bytes));
    Random random = new Random(7);
    int start = HEADER + bytes.length;
    for (int i = 0; i < 2_000; i++) {
      byte[] damaged = encoded.clone();
      damaged[start + random.nextInt(damaged.length - start)] = (byte) random.nextInt(256);
      NodeCodec.decode(ContentLimits.DEFAULT, damaged, bytes); // a tree or null, never an exception
    }
    byte[] otherVersion = encoded.clone();
    otherVersion[7]++;
    assertNull(NodeCodec.decode(ContentLimits.DEFAULT, otherVersion, bytes));
  }

  /** Magic, version, the five limits (one a long), the source length. */
  private static final int HEADER = 4 + 4 + 4 + 8 + 4 + 4 + 4 + 4;

  @Test
  void treesMadeWithinOtherLimitsGetNothing() {
    byte[] bytes = "a: b\n".getBytes(StandardCharsets.UTF_8);
    byte[] encoded = NodeCodec.encode(ContentLimits.DEFAULT, bytes, reader.parse(bytes, "x.yaml"));
    assertNotNull(NodeCodec.decode(ContentLimits.DEFAULT, encoded, bytes));
    for (int limitByte = 8; limitByte < HEADER - 4; limitByte++) {
      byte[] other = encoded.clone();
      other[limitByte] ^= 1;
      assertNull(NodeCodec.decode(ContentLimits.DEFAULT, other, bytes), "limit byte " + limitByte);
    }
  }

  @Test
  void hostileEncodingsCostNoMoreThanTheirBytes() {
    byte[] source = "a: b\n".getBytes(StandardCharsets.UTF_8);
    byte[] valid = NodeCodec.encode(ContentLimits.DEFAULT, source, reader.parse(source, "x.yaml"));
    int treeStart = HEADER + source.length;
    // a thousand sequences nested in one another: refused for depth, not by overflowing the stack
    java.nio.ByteBuffer deep = java.nio.ByteBuffer.allocate(treeStart + 1000 * 18 + 24);
    deep.put(valid, 0, treeStart);
    for (int i = 0; i < 1000; i++) {
      deep.put((byte) 2).put((byte) 0).putInt(0).putInt(0).putInt(0).putInt(1);
    }
    assertNull(NodeCodec.decode(ContentLimits.DEFAULT, deep.array(), source));
    // collections claiming far more children than there are bytes: refused at once
    for (int claimed : new int[] {Integer.MAX_VALUE, 1 << 24, 100}) {
      java.nio.ByteBuffer big = java.nio.ByteBuffer.allocate(treeStart + 18 + 1000);
      big.put(valid, 0, treeStart).put((byte) 3).put((byte) 0).putInt(0).putInt(0).putInt(0);
      big.putInt(claimed);
      assertNull(
          NodeCodec.decode(ContentLimits.DEFAULT, big.array(), source), "claimed " + claimed);
    }
  }

  /** Everything a tree says that content mapping can see, as text. */
  static String describe(Node node) {
    StringBuilder out = new StringBuilder();
    describe(node, out);
    return out.toString();
  }

  private static void describe(Node node, StringBuilder out) {
    out.append(node.getNodeId())
        .append(' ')
        .append(node.getTag().getValue())
        .append(" @")
        .append(Nodes.line(node))
        .append(':')
        .append(Nodes.column(node));
    if (node instanceof ScalarNode scalar) {
      out.append(' ').append(scalar.getScalarStyle()).append(" [").append(scalar.getValue());
      out.append("]\n");
    } else if (node instanceof SequenceNode sequence) {
      out.append(" (\n");
      sequence.getValue().forEach(item -> describe(item, out));
      out.append(")\n");
    } else {
      List<NodeTuple> tuples = ((MappingNode) node).getValue();
      out.append(" {\n");
      for (NodeTuple tuple : tuples) {
        describe(tuple.getKeyNode(), out);
        describe(tuple.getValueNode(), out);
      }
      out.append("}\n");
    }
  }
}
