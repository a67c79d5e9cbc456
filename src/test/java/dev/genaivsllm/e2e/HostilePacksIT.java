package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Packs built to hurt: a billion-laughs alias bomb, a 100 MB file, random bytes, nesting ten
 * thousand deep. The packaged program, held to 64 MB of heap, must end each with one clear line on
 * stderr and the content exit code, quickly.
 */
class HostilePacksIT {
  @TempDir Path dir;

  private Path pack(String kind) throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve(kind));
    Path target = pack.resolve("concepts/gan.yaml");
    switch (kind) {
      case "billion-laughs" -> {
        StringBuilder yaml = new StringBuilder("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
          yaml.append(c).append(": &").append(c).append(" [");
          for (int i = 0; i < 9; i++) {
            yaml.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
          }
          yaml.append("]\n");
        }
        Files.writeString(target, yaml);
      }
      case "huge-file" -> {
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
          file.setLength(100L * 1024 * 1024);
        }
      }
      case "random-bytes" -> {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Files.write(target, noise);
      }
      case "deep-nesting" ->
          Files.writeString(target, "title: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
      default -> throw new IllegalArgumentException(kind);
    }
    return pack;
  }

  /**
   * The pack one is in: "lint .", "lint ./" and "lint ''" said "No problems" and exited 0 for a
   * broken pack, as the problems' file names (./concepts/x.yaml) did not start with "." once
   * normalised.
   */
  @ParameterizedTest
  @ValueSource(strings = {".", "./", ""})
  void lintOfTheCurrentFolderLintsIt(String here) throws Exception {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Files.writeString(pack.resolve("concepts/gan.yaml"), "title: [\n");
    PackagedProgramIT.Result r =
        PackagedProgramIT.runIn(
            pack,
            Map.of(),
            List.of(),
            List.of(Packs.projectRoot().resolve("bin/genai-vs-llm").toString(), "lint", here));
    assertEquals(4, r.exitCode(), r::toString);
    assertTrue(r.out().contains("concepts/gan.yaml:2:1: GVL001"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"billion-laughs", "huge-file", "random-bytes", "deep-nesting"})
  void endsInOneClearLineQuicklyAndWithinMemory(String kind) throws Exception {
    Path pack = pack(kind);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (List<String> args : List.of(List.of("explain", "gan"), List.of("lint"))) {
      List<String> command =
          new java.util.ArrayList<>(
              List.of(
                  java,
                  "-Xmx64m",
                  "-Dgenai-vs-llm.content=" + pack,
                  "-jar",
                  Packs.projectRoot().resolve("target/genai-vs-llm.jar").toString()));
      command.addAll(args);
      long start = System.nanoTime();
      PackagedProgramIT.Result r = PackagedProgramIT.run(Map.of(), command);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(4, r.exitCode(), kind + " " + args + ": " + r);
      assertTrue(millis < 10_000, kind + " took " + millis + " ms");
      if (args.get(0).equals("explain")) {
        assertEquals("", r.out(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("genai-vs-llm: content error: " + pack), r::toString);
      } else {
        assertTrue(r.out().contains("concepts/gan.yaml"), r::toString);
      }
    }
  }
}
