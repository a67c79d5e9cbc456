package dev.genaivsllm.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The file-system side of the packs in use: which pack folders there are, which ids a folder holds,
 * which pack an entry's file comes from, and reading one file safely. Kept apart from {@link
 * ContentRepository} so that the repository only decides what to read and remembers it, while every
 * way a folder or file can be wrong (missing, badly named, too many entries, a link out of the
 * pack, unreadable) is handled here and reported to the one {@link Problems} sink.
 */
final class PackFiles {
  static final String SUFFIX = ".yaml";

  private final Supplier<List<Path>> rootsSupplier;
  private final ContentLimits limits;
  private final Problems problems;
  private final YamlReader reader;
  private final NodeCache cache;
  private List<Path> roots;

  /**
   * @param roots pack folders, bottom first; asked for when content is first needed
   */
  PackFiles(Supplier<List<Path>> roots, ContentLimits limits, Problems problems, NodeCache cache) {
    this.rootsSupplier = roots;
    this.limits = limits;
    this.problems = problems;
    this.reader = new YamlReader(limits);
    this.cache = cache;
  }

  /** The pack folders in use, bottom first. */
  List<Path> roots() {
    if (roots == null) {
      List<Path> given = List.copyOf(rootsSupplier.get());
      if (given.isEmpty()) {
        throw ContentException.ofFile("(none)", Rule.MISSING_FIELD, "no content pack in use");
      }
      for (Path root : given) {
        if (!Files.isDirectory(root)) {
          throw ContentException.ofFile(
              root.toString(), Rule.MISSING_FIELD, "content pack folder not found");
        }
      }
      roots = given;
    }
    return roots;
  }

  /**
   * Whether a pack has a file by this name: anything with that name counts, a FIFO or a link to
   * nothing included, so that reading it reports what it is instead of passing over it in silence.
   */
  static boolean present(Path file) {
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  /** The file an entry is read from: the topmost pack that has it. */
  Optional<Path> fileOf(String folder, String id) {
    String relative = folder + "/" + id + SUFFIX;
    for (int i = roots().size() - 1; i >= 0; i--) {
      Path file = roots().get(i).resolve(relative);
      if (present(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads and maps the topmost pack's file for this id; empty when it could not be read.
   *
   * @param mapping from the file's display name and its node to the entry
   */
  <T> Optional<T> readTop(String folder, String id, BiFunction<String, Node, T> mapping) {
    String relative = folder + "/" + id + SUFFIX;
    for (int i = roots().size() - 1; i >= 0; i--) {
      Path root = roots().get(i);
      if (present(root.resolve(relative))) {
        Node node = parse(root, relative);
        return node == null
            ? Optional.empty()
            : Optional.of(mapping.apply(display(root, relative), node));
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a file of a pack, or takes its tree from the node cache when the cache holds one for
   * exactly these bytes; in a collecting run a file that cannot be parsed is recorded and skipped
   * (null).
   */
  Node parse(Path root, String relative) {
    Path file = root.resolve(relative);
    String name = display(root, relative);
    try {
      checkRegular(file, name);
      checkInside(file, root, name);
      byte[] bytes = reader.readBytes(file, name);
      Node saved = cache.find(limits, relative, bytes);
      return saved != null ? saved : reader.parse(bytes, name);
    } catch (ContentException e) {
      problems.add(e.detail());
      return null;
    }
  }

  /**
   * Only a regular file (or a link to one) is read. Opening a FIFO waits for a writer for ever, a
   * device such as /dev/zero never ends, and a socket cannot be read; a link to nothing, or one
   * that loops, is no file at all. Each is refused with what it is.
   */
  private static void checkRegular(Path file, String name) {
    boolean link = Files.isSymbolicLink(file);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (!link) {
        throw ContentException.ofFile(name, Rule.MISSING_FIELD, "file not found");
      }
      throw ContentException.ofFile(
          name, Rule.NOT_A_FILE, "a symbolic link to " + target(file) + ", which does not exist");
    } catch (IOException e) {
      throw ContentException.ofFile(
          name,
          link ? Rule.NOT_A_FILE : Rule.ENCODING,
          link
              ? "a symbolic link that loops, or leads where it cannot be followed"
              : "cannot read the file: " + e.getMessage());
    }
    if (!attributes.isRegularFile()) {
      throw ContentException.ofFile(
          name,
          Rule.NOT_A_FILE,
          kind(file, attributes)
              + (link ? " (through a symbolic link)" : "")
              + ", not a YAML file; it is not read");
    }
  }

  /** What a file that is not a regular file is, as far as the platform says. */
  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    try {
      int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO (named pipe)";
        case 0020000:
        case 0060000:
          return "a device";
        case 0140000:
          return "a socket";
        default:
          break;
      }
    } catch (IOException | RuntimeException noUnixView) {
      // say what every platform can
    }
    return "a FIFO, device or socket";
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a path that cannot be read";
    }
  }

  /** A file reached through a symbolic link that leads out of the pack folder is refused. */
  private static void checkInside(Path file, Path root, String name) {
    try {
      if (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
        throw ContentException.ofFile(
            name,
            Rule.OUTSIDE_PACK,
            "a symbolic link to " + file.toRealPath() + ", outside the pack folder " + root);
      }
    } catch (IOException e) {
      throw ContentException.ofFile(name, Rule.ENCODING, "cannot read the file: " + e.getMessage());
    }
  }

  /** The union of ids in a folder of every pack. */
  Set<String> ids(String folder, boolean required) {
    Set<String> ids = new TreeSet<>();
    boolean any = false;
    for (Path root : roots()) {
      any |= Files.isDirectory(root.resolve(folder));
      ids.addAll(idsIn(root, folder));
    }
    if (required && !any) {
      problems.add(
          new Problem(
              display(roots().get(0), folder + "/"),
              0,
              0,
              "",
              Rule.MISSING_FIELD,
              "folder not found in the pack"));
    }
    return ids;
  }

  /** The ids in one pack's folder, from the file names, alphabetically. */
  List<String> idsIn(Path root, String folder) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> ids = new ArrayList<>();
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
          continue;
        }
        String id = name.substring(0, name.length() - SUFFIX.length());
        if (!ScalarReader.ID.matcher(id).matches() || id.length() > ScalarReader.MAX_ID) {
          problems.add(
              new Problem(
                  display(root, folder + "/" + name),
                  0,
                  0,
                  "",
                  Rule.BAD_ID,
                  "the file name must be an id: lower-case words joined by hyphens, then .yaml"));
          continue;
        }
        ids.add(id);
        if (ids.size() > limits.maxEntries()) {
          throw ContentException.ofFile(
              display(root, folder + "/"),
              Rule.TOO_LARGE,
              "more than " + limits.maxEntries() + " entries in one folder, over the limit");
        }
      }
      ids.sort(null);
      return ids;
    } catch (IOException e) {
      throw ContentException.ofFile(
          display(root, folder + "/"), Rule.ENCODING, "cannot list the folder: " + e.getMessage());
    }
  }

  /** How a file is named in messages: the pack folder as given, then the path inside it. */
  static String display(Path root, String relative) {
    return root.resolve(relative).toString();
  }
}
