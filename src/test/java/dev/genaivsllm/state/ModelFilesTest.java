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

  /** A name of the store's own, as a classifier's key gives it. */
  private static String name(int n) {
    return String.format("learned-ask-%024x.bin", n);
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
    assertEquals(Optional.empty(), files(NOW).find(name(1)));
    files(NOW).keep(name(1), text("weights"));
    assertArrayEquals(text("weights"), bytes(files(NOW).find(name(1))));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve(name(1)))));
    files(NOW).keep(name(1), text("newer weights"));
    assertArrayEquals(text("newer weights"), bytes(files(NOW).find(name(1))));
    try (Stream<Path> left = Files.list(folder())) {
      assertEquals(List.of(name(1)), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aFolderOthersCanWriteIsNeitherReadNorWritten() throws Exception {
    files(NOW).keep(name(1), text("weights"));
    Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwxrwxrwx"));
    assertEquals(Optional.empty(), files(NOW).find(name(1)));
    files(NOW).keep(name(2), text("weights"));
    assertFalse(Files.exists(folder().resolve(name(2))));
  }

  @Test
  void anotherUsersFolderIsNeitherReadNorWritten() throws Exception {
    files(NOW).keep(name(1), text("weights"));
    int someoneElse = (Integer) Files.getAttribute(folder(), "unix:uid") + 1;
    ModelFiles theirs =
        new ModelFiles(
            folder(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new OwnedFiles(OptionalInt.of(someoneElse)));
    assertEquals(Optional.empty(), theirs.find(name(1)));
    theirs.keep(name(2), text("weights"));
    assertFalse(Files.exists(folder().resolve(name(2))));
  }

  @Test
  void aLinkInPlaceOfAFileIsNotFollowed() throws Exception {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.bin"), "not the user's model");
    Files.createDirectories(folder());
    Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(folder().resolve(name(1)), elsewhere);
    assertEquals(Optional.empty(), files(NOW).find(name(1)));
    files(NOW).keep(name(1), text("weights"));
    assertEquals("not the user's model", Files.readString(elsewhere));
  }

  @Test
  void aFileOthersCanWriteIsNotRead() throws Exception {
    files(NOW).keep(name(1), text("weights"));
    Files.setPosixFilePermissions(
        folder().resolve(name(1)), PosixFilePermissions.fromString("rw-rw-rw-"));
    assertEquals(Optional.empty(), files(NOW).find(name(1)));
  }

  @Test
  void aParentOthersCanWriteIsTrustedOnlyWhenSticky() throws Exception {
    files(NOW).keep(name(1), text("weights"));
    Path parent = folder().getParent();
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertEquals(Optional.empty(), files(NOW).find(name(1)));
    files(NOW).keep(name(2), text("weights"));
    assertFalse(Files.exists(folder().resolve(name(2))));
    Files.setAttribute(parent, "unix:mode", 01777);
    assertArrayEquals(text("weights"), bytes(files(NOW).find(name(1))));
  }

  @Test
  void aLinkInPlaceOfTheFolderIsNeitherReadNorWrittenThrough() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwx------"));
    Files.createDirectories(folder().getParent());
    Files.createSymbolicLink(folder(), elsewhere);
    files(NOW).keep(name(1), text("weights"));
    try (Stream<Path> inside = Files.list(elsewhere)) {
      assertEquals(0, inside.count());
    }
    Files.writeString(elsewhere.resolve(name(1)), "weights");
    assertEquals(Optional.empty(), files(NOW).find(name(1)));
  }

  @Test
  void whatIsFoundIsACopyThatLaterWritesDoNotChange() throws Exception {
    files(NOW).keep(name(1), text("weights"));
    Optional<ByteBuffer> found = files(NOW).find(name(1));
    Files.writeString(folder().resolve(name(1)), "");
    assertArrayEquals(text("weights"), bytes(found));
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
    Path notes = Files.writeString(folder().resolve("learned-notes.bin"), "the user's own");
    for (int i = 1; i <= ModelFiles.KEPT + 2; i++) {
      files(NOW.plusSeconds(i)).keep(name(i), text("model " + i));
    }
    assertEquals(Optional.empty(), files(NOW).find(name(2)));
    // the third is used again, so it is among the newest
    assertTrue(files(NOW.plusSeconds(100)).find(name(3)).isPresent());
    files(NOW.plusSeconds(101)).keep(name(9), text("model 9"));
    try (Stream<Path> kept = Files.list(folder())) {
      assertEquals(
          List.of(
              ".learned-ask-2.bin-456.tmp",
              name(3),
              name(5),
              name(6),
              name(9),
              "learned-notes.bin",
              "startup-1.id"),
          kept.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.exists(other));
    assertTrue(Files.exists(notes));
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
