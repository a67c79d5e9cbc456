package dev.genaivsllm.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into a node tree, within limits, and turns every failure into a {@link
 * ContentException} naming the file, line and column.
 *
 * <p>It composes nodes instead of constructing Java objects: nothing is instantiated from tags,
 * scalars keep the text the author wrote (no YAML 1.1 surprises such as {@code no} becoming {@code
 * false}), and every node keeps its position for error messages.
 */
public final class YamlReader {
  private final ContentLimits limits;
  private long bytesRead;

  public YamlReader(ContentLimits limits) {
    this.limits = limits;
  }

  /**
   * @param file the file to read
   * @param name how the file is named in messages (its path inside the pack)
   */
  public Node read(Path file, String name) {
    return parse(readBytes(file, name), name);
  }

  /** Parses the bytes of a file already read (and size-checked). */
  Node parse(byte[] bytes, String name) {
    if (bytes.length > limits.maxFileBytes()) {
      throw ContentException.ofFile(
          name,
          Rule.TOO_LARGE,
          "the file is "
              + bytes.length
              + " bytes, over the limit of "
              + limits.maxFileBytes()
              + " bytes per file");
    }
    String text = decode(bytes, name);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxFileBytes());
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    try {
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(new StringReader(text)), options),
              new PlainResolver(),
              options);
      Node node = composer.getSingleNode();
      if (node == null) {
        throw ContentException.ofFile(name, Rule.ENCODING, "the file is empty");
      }
      return node;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      return failAt(name, mark, oneLine(problem));
    } catch (ReaderException e) {
      throw ContentException.ofFile(
          name, Rule.YAML_SYNTAX, "invalid YAML: " + oneLine(e.getMessage()));
    } catch (YAMLException e) {
      String message = oneLine(e.getMessage());
      throw ContentException.ofFile(name, rule(message), limit(message));
    }
  }

  /** The bytes of a file, within the size limits (per file and for the packs in all). */
  byte[] readBytes(Path file, String name) {
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw ContentException.ofFile(
            name,
            Rule.TOO_LARGE,
            "the file is "
                + size
                + " bytes, over the limit of "
                + limits.maxFileBytes()
                + " bytes per file");
      }
      // Read within the limit whatever size the file claims: one that grew since, or one whose
      // size says nothing (a special file), is never read into memory whole.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(limits.maxFileBytes() + 1);
      }
      if (bytes.length > limits.maxFileBytes()) {
        throw ContentException.ofFile(
            name,
            Rule.TOO_LARGE,
            "the file is over the limit of " + limits.maxFileBytes() + " bytes per file");
      }
      bytesRead += bytes.length;
      if (bytesRead > limits.maxPackBytes()) {
        throw ContentException.ofFile(
            name,
            Rule.TOO_LARGE,
            "the packs in use are over the limit of " + limits.maxPackBytes() + " bytes in all");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw ContentException.ofFile(name, Rule.MISSING_FIELD, "file not found");
    } catch (IOException e) {
      throw ContentException.ofFile(name, Rule.ENCODING, "cannot read the file: " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, String name) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      throw new ContentException(
          name,
          1,
          1,
          "",
          Rule.ENCODING,
          "the file starts with a byte-order mark; save it as UTF-8 without one");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ContentException.ofFile(name, Rule.ENCODING, "the file is not valid UTF-8");
    }
  }

  private Node failAt(String name, Mark mark, String problem) {
    if (mark == null) {
      throw ContentException.ofFile(name, Rule.YAML_SYNTAX, problem);
    }
    throw new ContentException(
        name, mark.getLine() + 1, mark.getColumn() + 1, "", rule(problem), limit(problem));
  }

  /** SnakeYAML's limit errors are limits, not syntax errors. */
  private static Rule rule(String message) {
    return message.contains("Nesting Depth")
            || message.contains("aliases for non-scalar")
            || message.contains("exceeds the limit")
        ? Rule.TOO_LARGE
        : Rule.YAML_SYNTAX;
  }

  /** SnakeYAML's wording for a limit, replaced by ours, which names the limit. */
  private String limit(String message) {
    if (message.contains("Nesting Depth")) {
      return "maps and lists nested deeper than the limit of " + limits.maxDepth() + " levels";
    }
    if (message.contains("aliases for non-scalar")) {
      return "YAML aliases (*name) to maps or lists are not allowed in a content pack;"
          + " write the values out";
    }
    if (message.contains("exceeds the limit")) {
      return "over the limit of " + limits.maxFileBytes() + " characters per file";
    }
    return message.startsWith("invalid YAML") ? message : "invalid YAML: " + message;
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable" : text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Resolves every scalar as plain text. The mapper reads the text as written and converts it on
   * purpose, so SnakeYAML's implicit types (and the regular expressions it compiles for them at
   * every start) are not needed.
   */
  private static final class PlainResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // none: no YAML 1.1 guessing of booleans, numbers or dates
    }
  }
}
