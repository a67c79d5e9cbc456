package dev.genaivsllm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the test packs are, and copies of them to break on purpose. */
public final class Packs {
  private Packs() {}

  /** The project folder (Maven runs tests from it). */
  public static Path projectRoot() {
    return Path.of(System.getProperty("project.root", "")).toAbsolutePath();
  }

  /** The small fixture pack that golden files are made from. */
  public static Path fixture() {
    return projectRoot().resolve("src/test/resources/fixture-pack");
  }

  /** The real, bundled pack. */
  public static Path real() {
    return projectRoot().resolve("content");
  }

  /** Copies a pack into {@code target} so a test can change it. */
  public static Path copy(Path pack, Path target) {
    try (Stream<Path> files = Files.walk(pack)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(pack.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a file of a copied pack. */
  public static void write(Path pack, String file, String text) {
    try {
      Files.writeString(pack.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces one piece of text in a file of a copied pack; fails if the text is not there. */
  public static void replace(Path pack, String file, String text, String with) {
    try {
      String now = Files.readString(pack.resolve(file));
      if (!now.contains(text)) {
        throw new IllegalArgumentException(file + " does not contain " + text);
      }
      Files.writeString(pack.resolve(file), now.replace(text, with));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds text at the end of a file of a copied pack ("field: [chatgpt]" to lexicon.yaml). */
  public static void append(Path pack, String file, String text) {
    try {
      Files.writeString(pack.resolve(file), Files.readString(pack.resolve(file)) + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
