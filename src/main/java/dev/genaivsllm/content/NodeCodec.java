package dev.genaivsllm.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.util.UriEncoder;

/**
 * A YAML file's node tree in a compact binary form, together with the exact bytes of the file it
 * was parsed from and the limits it was parsed within. Decoding gives the tree back only for those
 * same bytes and the same limits as the ones in use, so an edited file, a reader with stricter
 * limits, or a cache left from a version with other limits, is never answered from an old tree.
 *
 * <p>Kept of each node: its kind, tag, start line and column (all that error messages use), and a
 * scalar's text and style. Not kept: end positions (set to the start) and the sharing of aliased
 * nodes (an alias becomes a copy, which reads the same).
 *
 * <p>Format: magic {@code GVLN}, format version, the five limits, the source bytes
 * (length-prefixed), then the tree depth first: kind byte, tag, line, column, and a scalar's style
 * and text or a collection's size and children. Strings are length-prefixed UTF-8, or UTF-16 for
 * the rare text UTF-8 cannot carry (a lone surrogate), so that every string comes back as it was.
 *
 * <p>Decoding trusts nothing: sizes are checked against the bytes left and nesting against the
 * depth limit, so a damaged or hostile file costs at most a pass over its own bytes and gives null.
 */
final class NodeCodec {
  private static final int MAGIC = 0x47564C4E;
  private static final int VERSION = 3;
  private static final byte SCALAR = 1;
  private static final byte SEQUENCE = 2;
  private static final byte MAPPING = 3;
  private static final byte UTF_8 = 0;
  private static final byte UTF_16 = 1;

  /** The fewest bytes a node can take: kind, empty tag, line, column, and a size or a style. */
  private static final int MIN_NODE = 18;

  private static final int[] NO_BUFFER = new int[0];

  private NodeCodec() {}

  /**
   * @param limits the limits the node was parsed within
   */
  static byte[] encode(ContentLimits limits, byte[] source, Node node) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(source.length * 2);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(limits.maxFileBytes());
      out.writeLong(limits.maxPackBytes());
      out.writeInt(limits.maxEntries());
      out.writeInt(limits.maxDepth());
      out.writeInt(limits.maxAliases());
      out.writeInt(source.length);
      out.write(source);
      write(out, node);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(DataOutputStream out, Node node) throws IOException {
    if (node instanceof ScalarNode scalar) {
      header(out, SCALAR, node);
      string(out, scalar.getScalarStyle().name());
      string(out, scalar.getValue());
    } else if (node instanceof SequenceNode sequence) {
      header(out, SEQUENCE, node);
      out.writeInt(sequence.getValue().size());
      for (Node item : sequence.getValue()) {
        write(out, item);
      }
    } else if (node instanceof MappingNode mapping) {
      header(out, MAPPING, node);
      out.writeInt(mapping.getValue().size());
      for (NodeTuple tuple : mapping.getValue()) {
        write(out, tuple.getKeyNode());
        write(out, tuple.getValueNode());
      }
    } else {
      throw new IllegalArgumentException("not a composed YAML node: " + node);
    }
  }

  private static void header(DataOutputStream out, byte kind, Node node) throws IOException {
    out.writeByte(kind);
    string(out, node.getTag().getValue());
    Mark start = node.getStartMark();
    out.writeInt(start == null ? -1 : start.getLine());
    out.writeInt(start == null ? -1 : start.getColumn());
  }

  /** UTF-8 when it gives the text back exactly (almost always), else UTF-16 chars. */
  private static void string(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (new String(utf8, StandardCharsets.UTF_8).equals(text)) {
      out.writeByte(UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else {
      out.writeByte(UTF_16);
      out.writeInt(text.length());
      out.writeChars(text);
    }
  }

  /**
   * The tree saved for exactly these source bytes; null when the encoding is for other bytes, other
   * limits than those in use, or another format version, or damaged in any way.
   */
  static Node decode(ContentLimits limits, byte[] encoded, byte[] source) {
    try {
      ByteBuffer in = ByteBuffer.wrap(encoded);
      if (in.getInt() != MAGIC
          || in.getInt() != VERSION
          || in.getInt() != limits.maxFileBytes()
          || in.getLong() != limits.maxPackBytes()
          || in.getInt() != limits.maxEntries()
          || in.getInt() != limits.maxDepth()
          || in.getInt() != limits.maxAliases()
          || in.getInt() != source.length) {
        return null;
      }
      int from = in.position();
      if (encoded.length - from < source.length
          || !Arrays.equals(encoded, from, from + source.length, source, 0, source.length)) {
        return null;
      }
      in.position(from + source.length);
      // a tree parsed within the depth limit is at most this deep (collections, then scalars)
      Node node = read(in, 0, limits.maxDepth() + 2);
      return in.hasRemaining() ? null : node;
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static Node read(ByteBuffer in, int depth, int maxDepth) {
    if (depth > maxDepth) {
      throw new IllegalArgumentException("nested too deep");
    }
    byte kind = in.get();
    Tag tag = tag(string(in));
    int line = in.getInt();
    int column = in.getInt();
    Mark mark = line < 0 ? null : new Mark("", 0, line, column, NO_BUFFER, 0);
    switch (kind) {
      case SCALAR -> {
        DumperOptions.ScalarStyle style = DumperOptions.ScalarStyle.valueOf(string(in));
        return new ScalarNode(tag, string(in), mark, mark, style);
      }
      case SEQUENCE -> {
        int size = count(in, MIN_NODE);
        List<Node> items = new ArrayList<>(Math.min(size, 64));
        for (int i = 0; i < size; i++) {
          items.add(read(in, depth + 1, maxDepth));
        }
        return new SequenceNode(tag, true, items, mark, mark, DumperOptions.FlowStyle.AUTO);
      }
      case MAPPING -> {
        int size = count(in, 2 * MIN_NODE);
        List<NodeTuple> tuples = new ArrayList<>(Math.min(size, 64));
        for (int i = 0; i < size; i++) {
          Node key = read(in, depth + 1, maxDepth);
          tuples.add(new NodeTuple(key, read(in, depth + 1, maxDepth)));
        }
        return new MappingNode(tag, true, tuples, mark, mark, DumperOptions.FlowStyle.AUTO);
      }
      default -> throw new IllegalArgumentException("unknown node kind " + kind);
    }
  }

  /**
   * The tag with this (encoded) value: the three that nearly every node has are shared, others are
   * decoded first, since {@link Tag#Tag(String)} encodes what it is given.
   */
  private static Tag tag(String value) {
    if (value.equals(Tag.STR.getValue())) {
      return Tag.STR;
    } else if (value.equals(Tag.MAP.getValue())) {
      return Tag.MAP;
    } else if (value.equals(Tag.SEQ.getValue())) {
      return Tag.SEQ;
    }
    return new Tag(UriEncoder.decode(value));
  }

  /** A count of elements that cannot ask for more than the bytes left could hold. */
  private static int count(ByteBuffer in, int bytesEach) {
    int size = in.getInt();
    if (size < 0 || size > in.remaining() / bytesEach) {
      throw new IllegalArgumentException("bad size " + size);
    }
    return size;
  }

  private static String string(ByteBuffer in) {
    byte encoding = in.get();
    if (encoding == UTF_8) {
      int length = count(in, 1);
      String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
      in.position(in.position() + length);
      return text;
    } else if (encoding == UTF_16) {
      int length = count(in, 2);
      char[] chars = new char[length];
      in.asCharBuffer().get(chars);
      in.position(in.position() + 2 * length);
      return new String(chars);
    }
    throw new IllegalArgumentException("unknown string encoding " + encoding);
  }
}
