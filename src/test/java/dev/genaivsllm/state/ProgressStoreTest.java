package dev.genaivsllm.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Path home = Path.of("/home/ada");
    assertEquals(
        Path.of("/home/ada/.local/state/genai-vs-llm/progress.json"),
        ProgressStore.locate(Map.of(), home));
    assertEquals(
        Path.of("/xdg/genai-vs-llm/progress.json"),
        ProgressStore.locate(Map.of("XDG_STATE_HOME", "/xdg"), home));
    assertEquals(
        Path.of("/tmp/p.json"),
        ProgressStore.locate(
            Map.of("XDG_STATE_HOME", "/xdg", ProgressStore.ENV_FILE, "/tmp/p.json"), home));
  }

  @Test
  void savesAndReadsBack() {
    ProgressStore store = store();
    assertTrue(store.update(p -> p.with("q1", Leitner.answer(null, true, DAY))));
    assertEquals(2, store().read().entry("q1").orElseThrow().box());
    assertEquals(List.of(), store.warnings());
  }

  @Test
  void aCorruptFileIsSetAsideNotLost() throws IOException {
    Path file = dir.resolve("state/progress.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ this is not json");
    ProgressStore store = store();
    assertEquals(Progress.empty(), store.read());
    Path aside = file.resolveSibling("progress.json.unreadable-20261124-101530");
    assertEquals("{ this is not json", Files.readString(aside));
    assertEquals(1, store.warnings().size());
    assertTrue(store.warnings().get(0).contains("set aside"), store.warnings()::toString);
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
      assertTrue(
          store.warnings().get(0).startsWith("progress not saved"), store.warnings()::toString);
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
