package dev.genaivsllm.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Node trees of the bundled pack's YAML files, parsed once at build time ({@link #main}) and saved
 * beside the jar, so that a command at run time reads a small binary file instead of running the
 * YAML parser cold (docs/adr/0007-node-cache.md). Each saved tree holds the exact bytes it was
 * parsed from and is used only for a file with those same bytes, whichever pack it is in; an
 * edited, missing or damaged entry simply means the file is parsed as usual.
 */
public final class NodeCache {
  /** No saved trees: every file is parsed. */
  public static final NodeCache NONE = new NodeCache(null);

  static final String SUFFIX = ".node";

  private final Path folder;

  private NodeCache(Path folder) {
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
  }

  /** The trees saved in this folder (which need not exist). */
  public static NodeCache in(Path folder) {
    return new NodeCache(folder);
  }

  /**
   * The saved tree for a pack file with exactly these bytes, parsed within the limits in use, or
   * null.
   *
   * @param relative the file's path inside its pack, with {@code /} separators
   */
  Node find(ContentLimits limits, String relative, byte[] bytes) {
    if (folder == null) {
      return null;
    }
    try {
      Path file = folder.resolve(relative + SUFFIX).normalize();
      if (!file.startsWith(folder) || Files.size(file) > largest(bytes.length)) {
        return null;
      }
      return NodeCodec.decode(limits, Files.readAllBytes(file), bytes);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The largest saved tree read for a source of this size: a tree takes a few times its source, so
   * anything much larger is damage, and reading it would only cost memory. The build leaves out a
   * tree over it (a file of thousands of one-letter values), which is then parsed as usual.
   */
  private static long largest(int sourceLength) {
    return 1024 + 64L * sourceLength;
  }

  /**
   * Build time: parses every YAML file of a pack and saves its tree into a folder, replacing the
   * trees saved there before. A file that does not parse is left out (a command will report it).
   *
   * <p>Arguments: the pack folder and the cache folder.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NodeCache PACK_FOLDER CACHE_FOLDER");
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  /** Saves the tree of every YAML file under {@code pack} into {@code cache}; returns how many. */
  static int write(Path pack, Path cache) throws IOException {
    clear(cache);
    ContentLimits limits = ContentLimits.DEFAULT;
    YamlReader reader = new YamlReader(limits);
    int saved = 0;
    for (Path file : yamlFiles(pack)) {
      String relative = relative(pack, file);
      byte[] bytes = Files.readAllBytes(file);
      Node node;
      try {
        node = reader.parse(bytes, relative);
      } catch (ContentException e) {
        continue;
      }
      byte[] encoded = NodeCodec.encode(limits, bytes, node);
      if (encoded.length > largest(bytes.length)) {
        continue;
      }
      Path target = cache.resolve(relative + SUFFIX);
      Files.createDirectories(target.getParent());
      Files.write(target, encoded);
      saved++;
    }
    return saved;
  }

  private static List<Path> yamlFiles(Path pack) throws IOException {
    try (Stream<Path> walk = Files.walk(pack)) {
      return walk.filter(f -> f.toString().endsWith(PackFiles.SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static String relative(Path pack, Path file) {
    List<String> parts = new ArrayList<>();
    pack.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  /** Deletes the trees saved before (only those: a wrong folder loses nothing else). */
  private static void clear(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(cache)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(SUFFIX)).toList()) {
        Files.delete(p);
      }
    }
  }
}
