package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.e2e.PackagedProgramIT.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data sharing archive (docs/adr/0006-start-up.md): made in the background on
 * a first run, used afterwards, and never a word on stdout or stderr, whether two first runs race
 * or the archive is stale, foreign or garbage.
 */
class StartupArchiveIT {
  private static final String REAL_JAVA = System.getProperty("java.home") + "/bin/java";

  @TempDir Path cache;

  private Map<String, String> env() {
    return Map.of("XDG_CACHE_HOME", cache.toString());
  }

  private Path archive() {
    return cache.resolve("genai-vs-llm/startup.jsa");
  }

  private Result compare() throws Exception {
    return PackagedProgramIT.launch(env(), "compare", "architecture", "--json");
  }

  private void awaitArchive() throws InterruptedException {
    Path stamp = cache.resolve("genai-vs-llm/startup.id");
    for (int i = 0; i < 1200 && !Files.exists(stamp); i++) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(archive()), "no archive after two minutes");
    assertTrue(Files.exists(stamp), "no stamp after two minutes");
  }

  private static void assertQuietSuccess(Result r, String expectedOut) {
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err(), r::toString);
    assertEquals(expectedOut, r.out(), r::toString);
  }

  @Test
  void aFirstRunMakesTheArchiveAndLaterRunsPrintTheSame() throws Exception {
    Result first = compare();
    assertEquals(0, first.exitCode(), first::toString);
    assertEquals("", first.err(), first::toString);
    awaitArchive();
    Thread.sleep(1500); // let the warm-up's rename and stamp settle
    var made = Files.getLastModifiedTime(archive());
    assertQuietSuccess(compare(), first.out());
    assertQuietSuccess(compare(), first.out());
    Thread.sleep(3000); // a warm-up started by mistake would have renamed a new archive by now
    assertEquals(made, Files.getLastModifiedTime(archive()), "a fitting archive was made again");
    try (var files = Files.list(archive().getParent())) {
      assertEquals(
          List.of("startup.id", "startup.jsa"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "temporary files left behind");
    }
  }

  @Test
  void racingFirstRunsAllSucceedAndLeaveOneGoodArchive() throws Exception {
    String expected =
        PackagedProgramIT.launch(
                Map.of("GENAI_VS_LLM_NO_CDS", "1"), "compare", "architecture", "--json")
            .out();
    List<CompletableFuture<Result>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return compare();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (CompletableFuture<Result> run : runs) {
      assertQuietSuccess(run.get(), expected);
    }
    awaitArchive();
    // Let any slower warm-up finish its rename too, then the archive must be one that works.
    Thread.sleep(2000);
    assertQuietSuccess(compare(), expected);
  }

  @Test
  void aGarbageArchiveIsIgnoredQuietly() throws Exception {
    Result first = compare();
    awaitArchive();
    Files.write(archive(), "not an archive at all".repeat(100).getBytes());
    Files.setLastModifiedTime(
        archive(), Files.getLastModifiedTime(archive().resolveSibling("startup.id")));
    assertQuietSuccess(compare(), first.out());
  }

  @Test
  void anArchiveCutShortAfterItWasInstalledIsNotUsedButRemade() throws Exception {
    Result first = compare();
    awaitArchive();
    Path stamp = archive().resolveSibling("startup.id");
    Thread.sleep(1500); // a later accident has a later modification time
    var stamped = Files.getLastModifiedTime(stamp);
    byte[] whole = Files.readAllBytes(archive());
    Files.write(archive(), java.util.Arrays.copyOf(whole, whole.length / 2));
    assertQuietSuccess(compare(), first.out()); // the JVM would crash mapping it
    for (int i = 0; i < 1200 && Files.getLastModifiedTime(stamp).equals(stamped); i++) {
      Thread.sleep(100);
    }
    assertTrue(!Files.getLastModifiedTime(stamp).equals(stamped), "the archive was not remade");
    assertTrue(Files.size(archive()) > whole.length / 2, "still the cut-short archive");
    assertQuietSuccess(compare(), first.out());
  }

  @Test
  void anArchiveMadeForAnotherJavaIsReplacedQuietly() throws Exception {
    Result first = compare();
    awaitArchive();
    Files.writeString(archive().resolveSibling("startup.id"), "/some/other/java /some/other.jar\n");
    assertQuietSuccess(compare(), first.out());
    // the mismatch starts a new warm-up, which writes this installation's stamp again
    Path stamp = archive().resolveSibling("startup.id");
    for (int i = 0; i < 1200 && Files.readString(stamp).startsWith("/some/other"); i++) {
      Thread.sleep(100);
    }
    assertTrue(!Files.readString(stamp).startsWith("/some/other"), "archive was not remade");
    assertQuietSuccess(compare(), first.out());
  }

  /**
   * A Java whose archive comes out cut short, as on a full disk: the JVM would crash on every start
   * that maps it (SIGBUS, "#" lines on stdout), so the launcher must try it before installing it,
   * refuse it, and not try again for the same Java and jar within the day.
   */
  @Test
  void aCutShortArchiveIsNeverInstalledNorRetried() throws Exception {
    Path jdk = cache.resolve("short-jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Path java = jdk.resolve("bin/java");
    Files.writeString(
        java,
        String.join(
            "\n",
            "#!/bin/sh",
            "out=",
            "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) out=${a#*=} ;; esac; done",
            "[ -n \"$out\" ] || exec '" + REAL_JAVA + "' \"$@\"",
            "'" + REAL_JAVA + "' \"$@\" || exit",
            "head -c 100000 \"$out\" >\"$out.cut\" && mv -f \"$out.cut\" \"$out\"",
            ""));
    assertTrue(java.toFile().setExecutable(true));
    Map<String, String> env =
        Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", jdk.toString());

    Result first = PackagedProgramIT.launch(env, "compare", "architecture", "--json");
    assertEquals(0, first.exitCode(), first::toString);
    Path failed = cache.resolve("genai-vs-llm/startup.failed");
    for (int i = 0; i < 1200 && !Files.exists(failed); i++) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(failed), "the failed try was not recorded");
    Thread.sleep(500);
    assertTrue(Files.notExists(archive()), "a cut-short archive was installed");
    var tried = Files.getLastModifiedTime(failed);
    for (int i = 0; i < 2; i++) {
      assertQuietSuccess(
          PackagedProgramIT.launch(env, "compare", "architecture", "--json"), first.out());
    }
    Thread.sleep(3000); // a warm-up started again would have recorded its failure by now
    assertEquals(tried, Files.getLastModifiedTime(failed), "the failed archive was tried again");
    try (var files = Files.list(failed.getParent())) {
      assertEquals(
          List.of("startup.failed"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "left behind: a temporary archive or a JVM crash report");
    }

    // a day later it tries again (and fails again, with this Java)
    var dayBefore = FileTime.fromMillis(tried.toMillis() - 2 * 86_400_000L);
    Files.setLastModifiedTime(failed, dayBefore);
    assertQuietSuccess(
        PackagedProgramIT.launch(env, "compare", "architecture", "--json"), first.out());
    for (int i = 0; i < 1200 && Files.getLastModifiedTime(failed).equals(dayBefore); i++) {
      Thread.sleep(100);
    }
    assertTrue(!Files.getLastModifiedTime(failed).equals(dayBefore), "not tried again after a day");
  }
}
