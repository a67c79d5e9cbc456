package dev.genaivsllm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden, compared exactly. Run {@code mvn test
 * -Dgolden.update=true} to rewrite them after an intended change, then review the diff before
 * committing.
 */
public final class Golden {
  private Golden() {}

  public static Path dir() {
    return Packs.projectRoot().resolve("src/test/resources/golden");
  }

  public static void assertMatches(String name, String actual) {
    Path file = dir().resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            "no golden file " + file + "; create it with: mvn test -Dgolden.update=true");
      }
      assertEquals(
          Files.readString(file),
          actual,
          "output differs from golden file "
              + name
              + " (rewrite with -Dgolden.update=true if the change is intended)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
