package dev.genaivsllm.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(dir.resolve("state/progress.json"), CLOCK);
  }

  @Test
  void locatesTheFileByEnvironment() {
    Map<String, String> home = Map.of("HOME", "/home/ada");
    assertEquals(
        Optional.of(Path.of("/home/ada/.local/state/genai-vs-llm/progress.json")),
        ProgressStore.locate(home));
    assertEquals(
        Optional.of(Path.of("/xdg/genai-vs-llm/progress.json")),
        ProgressStore.locate(Map.of("XDG_STATE_HOME", "/xdg", "HOME", "/home/ada")));
    assertEquals(
        Optional.of(Path.of("/home/ada/.local/state/genai-vs-llm/progress.json")),
        ProgressStore.locate(Map.of("XDG_STATE_HOME", "relative/state", "HOME", "/home/ada")),
        "a relative XDG_STATE_HOME is ignored");
    assertEquals(
        Optional.of(Path.of("/tmp/p.json")),
        ProgressStore.locate(
            Map.of("XDG_STATE_HOME", "/xdg", ProgressStore.ENV_FILE, "/tmp/p.json", "HOME", "/h")));
  }

  /**
   * Without an absolute HOME (unset, empty, relative, or a user the password database does not
   * know, whose Java user.home is "?") there is no place for progress: nothing is read or written,
   * and one warning says so. It used to be user.home, so a "?" folder in the working folder.
   */
  @Test
  void withoutAHomeProgressIsKeptNowhere() {
    for (Map<String, String> env :
        List.of(Map.<String, String>of(), Map.of("HOME", ""), Map.of("HOME", "?"))) {
      assertEquals(Optional.empty(), ProgressStore.locate(env), env::toString);
      ProgressStore store = ProgressStore.forUser(env, CLOCK);
      assertEquals(Progress.empty(), store.read());
      assertFalse(store.update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
      assertEquals(List.of(ProgressStore.NOWHERE), store.takeWarnings(), "said once");
      assertEquals(List.of(), store.takeWarnings());
    }
    assertEquals(
        Optional.of(Path.of("/xdg/genai-vs-llm/progress.json")),
        ProgressStore.locate(Map.of("XDG_STATE_HOME", "/xdg")),
        "XDG_STATE_HOME alone is enough");
    assertEquals(
        Optional.of(Path.of("/users/ada/.local/state/genai-vs-llm/progress.json")),
        ProgressStore.locate(Map.of("USERPROFILE", "/users/ada")),
        "Windows has USERPROFILE, not HOME");
  }

  @Test
  void savesAndReadsBack() {
    ProgressStore store = store();
    assertTrue(store.update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    assertEquals(2, store().read().entry("q1").orElseThrow().box());
    assertEquals(List.of(), store.takeWarnings());
  }

  @Test
  void aCorruptFileIsReportedByReadingAndSetAsideBySaving() throws IOException {
    Path file = dir.resolve("state/progress.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ this is not json");
    ProgressStore reader = store();
    assertEquals(Progress.empty(), reader.read());
    assertEquals("{ this is not json", Files.readString(file), "reading never writes");
    assertEquals(List.of("progress.json"), names(file.getParent()));
    List<String> read = reader.takeWarnings();
    assertTrue(read.get(0).contains("cannot be read"), read::toString);

    ProgressStore writer = store();
    assertTrue(writer.update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    Path aside = file.resolveSibling("progress.json.unreadable-20261124-101530");
    assertEquals("{ this is not json", Files.readString(aside));
    List<String> written = writer.takeWarnings();
    assertEquals(1, written.size());
    assertTrue(written.get(0).contains("set aside"), written::toString);
  }

  @Test
  void twoFilesSetAsideInOneSecondKeepBoth() throws IOException {
    Path file = dir.resolve("state/progress.json");
    Files.createDirectories(file.getParent());
    for (String bad : List.of("first bad", "second bad", "third bad")) {
      Files.writeString(file, bad);
      assertTrue(store().update(p -> p));
    }
    String stamp = "progress.json.unreadable-20261124-101530";
    assertEquals("first bad", Files.readString(file.resolveSibling(stamp)));
    assertEquals("second bad", Files.readString(file.resolveSibling(stamp + "-2")));
    assertEquals("third bad", Files.readString(file.resolveSibling(stamp + "-3")));
  }

  @Test
  void aSaveRemovesTemporaryFilesThatAKilledSaveLeft() throws IOException {
    Path folder = dir.resolve("state");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(".progress.json-123.tmp"), "half");
    Files.writeString(folder.resolve(".progress-456.tmp"), "half, older name");
    Files.writeString(folder.resolve("notes.tmp"), "not ours");
    assertTrue(store().update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    assertEquals(
        List.of("notes.tmp", "progress.json", "progress.json.lock"), names(folder), "ours only");
  }

  @Test
  void foldersAndFilesItMakesAreTheUsersAloneWhateverTheUmask() throws IOException {
    assertTrue(store().update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    Path folder = dir.resolve("state");
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    for (String name : List.of("progress.json", "progress.json.lock")) {
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))),
          name);
    }
  }

  @Test
  void aFifoIsNeitherReadNorReplaced() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("state"));
    Path fifo = folder.resolve("progress.json");
    mkfifo(fifo);
    UnsafeStateException reading =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> assertThrows(UnsafeStateException.class, store()::read));
    assertTrue(reading.getMessage().contains("not a regular file"), reading::getMessage);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> assertThrows(UnsafeStateException.class, () -> store().update(p -> p)));
    assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    assertEquals(List.of("progress.json"), names(folder), "nothing set aside, nothing created");
  }

  @Test
  void aDeviceIsRefusedByTheCheckBeforeAnyUse() {
    OwnedFiles owned = new OwnedFiles(OptionalInt.empty());
    UnsafeStateException e =
        assertThrows(
            UnsafeStateException.class,
            () -> owned.checkFile(Path.of("/dev/null"), "progress file"));
    assertTrue(e.getMessage().contains("device"), e::getMessage);
  }

  @Test
  void aSymlinkedTargetIsRefusedAndWhatItPointsAtIsUntouched() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("state"));
    Path victim = Files.writeString(dir.resolve("profile"), "export PATH=/usr/bin\n");
    Files.createSymbolicLink(folder.resolve("progress.json"), victim);
    assertThrows(UnsafeStateException.class, store()::read);
    assertThrows(
        UnsafeStateException.class,
        () -> store().update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    assertEquals("export PATH=/usr/bin\n", Files.readString(victim));
    assertTrue(Files.isSymbolicLink(folder.resolve("progress.json")));
  }

  @Test
  void aSymlinkedLockFileIsRefused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("state"));
    Path victim = Files.writeString(dir.resolve("victim"), "keep me");
    Files.createSymbolicLink(folder.resolve("progress.json.lock"), victim);
    assertThrows(UnsafeStateException.class, () -> store().update(p -> p));
    assertEquals("keep me", Files.readString(victim));
  }

  @Test
  void anotherUsersFolderIsNotUsed() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("state"));
    int me = (Integer) Files.getAttribute(folder, "unix:uid");
    ProgressStore someoneElse =
        new ProgressStore(
            folder.resolve("progress.json"), CLOCK, new OwnedFiles(OptionalInt.of(me + 1)));
    UnsafeStateException e =
        assertThrows(
            UnsafeStateException.class,
            () -> someoneElse.update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    assertTrue(e.getMessage().contains("another user"), e::getMessage);
    assertThrows(UnsafeStateException.class, someoneElse::read);
    assertEquals(List.of(), names(folder));
  }

  @Test
  void aFolderOthersCanWriteIsNotUsed() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("shared"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    ProgressStore store = new ProgressStore(folder.resolve("progress.json"), CLOCK);
    UnsafeStateException e = assertThrows(UnsafeStateException.class, () -> store.update(p -> p));
    assertTrue(e.getMessage().contains("chmod go-w"), e::getMessage);
    assertEquals(List.of(), names(folder));
  }

  private static void mkfifo(Path path) throws Exception {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, p.waitFor());
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aReadOnlyFolderOnlyWarns() throws IOException {
    Path folder = dir.resolve("ro");
    Files.createDirectories(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      ProgressStore store = new ProgressStore(folder.resolve("progress.json"), CLOCK);
      boolean saved = store.update(p -> p.with("q", Leitner.answer(null, true, DAY)));
      if (Files.isWritable(folder)) {
        return; // running as a user who ignores permissions: nothing to check
      }
      assertFalse(saved);
      List<String> warnings = store.takeWarnings();
      assertTrue(warnings.get(0).startsWith("progress not saved"), warnings::toString);
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void concurrentUpdatesAllSurvive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> saves = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "q" + i;
        saves.add(
            pool.submit(() -> store().update(p -> p.with(id, Leitner.answer(null, true, DAY)))));
      }
      for (Future<Boolean> f : saves) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(40, store().read().entries().size());
    try (Stream<Path> left = Files.list(dir.resolve("state"))) {
      assertEquals(
          List.of("progress.json", "progress.json.lock"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files left behind");
    }
  }

  @Test
  void resetForgetsEverything() {
    ProgressStore store = store();
    store.update(p -> p.with("q1", Leitner.answer(null, false, DAY)));
    assertTrue(store.reset());
    assertEquals(Progress.empty(), store().read());
  }
}
