package dev.genaivsllm.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.learn.ModelStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classifiers are kept only in a folder of the user's own, closed to others, in files only the user
 * can read; the newest few stay; anything unusable is passed over quietly.
 */
class ModelFilesTest {
  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @TempDir Path dir;

  private Path folder() {
    return dir.resolve("cache/genai-vs-llm");
  }

  private ModelFiles files(Instant at) {
    return new ModelFiles(folder(), Clock.fixed(at, ZoneOffset.UTC), OwnedFiles.ofCurrentUser());
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Optional<ByteBuffer> found) {
    ByteBuffer b = found.orElseThrow();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  @Test
  void whatIsKeptIsFoundInAFolderAndFileOnlyTheUserCanRead() throws Exception {
    assertEquals(Optional.empty(), files(NOW).find("learned-ask-1.bin"));
    files(NOW).keep("learned-ask-1.bin", text("weights"));
    assertArrayEquals(text("weights"), bytes(files(NOW).find("learned-ask-1.bin")));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(folder().resolve("learned-ask-1.bin"))));
    files(NOW).keep("learned-ask-1.bin", text("newer weights"));
    assertArrayEquals(text("newer weights"), bytes(files(NOW).find("learned-ask-1.bin")));
    try (Stream<Path> left = Files.list(folder())) {
      assertEquals(
          List.of("learned-ask-1.bin"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aFolderOthersCanWriteIsNeitherReadNorWritten() throws Exception {
    files(NOW).keep("learned-ask-1.bin", text("weights"));
    Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwxrwxrwx"));
    assertEquals(Optional.empty(), files(NOW).find("learned-ask-1.bin"));
    files(NOW).keep("learned-ask-2.bin", text("weights"));
    assertFalse(Files.exists(folder().resolve("learned-ask-2.bin")));
  }

  @Test
  void anotherUsersFolderIsNeitherReadNorWritten() throws Exception {
    files(NOW).keep("learned-ask-1.bin", text("weights"));
    int someoneElse = (Integer) Files.getAttribute(folder(), "unix:uid") + 1;
    ModelFiles theirs =
        new ModelFiles(
            folder(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new OwnedFiles(OptionalInt.of(someoneElse)));
    assertEquals(Optional.empty(), theirs.find("learned-ask-1.bin"));
    theirs.keep("learned-ask-2.bin", text("weights"));
    assertFalse(Files.exists(folder().resolve("learned-ask-2.bin")));
  }

  @Test
  void aLinkInPlaceOfAFileIsNotFollowed() throws Exception {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.bin"), "not the user's model");
    Files.createDirectories(folder());
    Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(folder().resolve("learned-ask-1.bin"), elsewhere);
    assertEquals(Optional.empty(), files(NOW).find("learned-ask-1.bin"));
    files(NOW).keep("learned-ask-1.bin", text("weights"));
    assertEquals("not the user's model", Files.readString(elsewhere));
  }

  @Test
  void theNewestFewStayAndTemporariesLeftLongAgoGo() throws Exception {
    Files.createDirectories(folder());
    Path left = folder().resolve(".learned-ask-1.bin-123.tmp");
    Files.writeString(left, "cut short");
    Files.setLastModifiedTime(left, FileTime.from(NOW.minusSeconds(7200)));
    Path recent = folder().resolve(".learned-ask-2.bin-456.tmp");
    Files.writeString(recent, "being written");
    Files.setLastModifiedTime(recent, FileTime.from(NOW.minusSeconds(60)));
    Path other = Files.writeString(folder().resolve("startup-1.id"), "the launcher's");
    for (int i = 1; i <= ModelFiles.KEPT + 2; i++) {
      files(NOW.plusSeconds(i)).keep("learned-ask-" + i + ".bin", text("model " + i));
    }
    assertEquals(Optional.empty(), files(NOW).find("learned-ask-2.bin"));
    // the third is used again, so it is among the newest
    assertTrue(files(NOW.plusSeconds(100)).find("learned-ask-3.bin").isPresent());
    files(NOW.plusSeconds(101)).keep("learned-ask-9.bin", text("model 9"));
    try (Stream<Path> kept = Files.list(folder())) {
      assertEquals(
          List.of(
              ".learned-ask-2.bin-456.tmp",
              "learned-ask-3.bin",
              "learned-ask-5.bin",
              "learned-ask-6.bin",
              "learned-ask-9.bin",
              "startup-1.id"),
          kept.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.exists(other));
  }

  @Test
  void onlyItsOwnNamesAreTaken() {
    assertThrows(IllegalArgumentException.class, () -> files(NOW).find("../progress.json"));
    assertThrows(IllegalArgumentException.class, () -> files(NOW).find("learned-/../x.bin"));
    assertThrows(IllegalArgumentException.class, () -> files(NOW).keep("startup-1.jsa", text("x")));
  }

  @Test
  void theFolderFollowsTheCacheHomeAndCanBeTurnedOff() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    assertEquals(
        Path.of("/x/cache/genai-vs-llm"),
        ((ModelFiles) ModelFiles.forUser(Map.of("XDG_CACHE_HOME", "/x/cache"), clock)).folder());
    // a relative cache home is ignored, as the XDG spec says
    assertEquals(
        Path.of("/home/u/.cache/genai-vs-llm"),
        ((ModelFiles)
                ModelFiles.forUser(Map.of("XDG_CACHE_HOME", "cache", "HOME", "/home/u"), clock))
            .folder());
    assertSame(ModelStore.NONE, ModelFiles.forUser(Map.of("HOME", "relative"), clock));
    assertSame(
        ModelStore.NONE,
        ModelFiles.forUser(Map.of("HOME", "/home/u", ModelFiles.ENV_OFF, "1"), clock));
  }
}
