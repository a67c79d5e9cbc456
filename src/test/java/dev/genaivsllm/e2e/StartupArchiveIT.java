package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.e2e.PackagedProgramIT.Result;
import dev.genaivsllm.testing.Packs;
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

  private ArchiveFolder folder() {
    return ArchiveFolder.under(cache);
  }

  private Path archive() throws Exception {
    return folder().archive();
  }

  private Path stamp() throws Exception {
    return folder().stamp();
  }

  private Result compare() throws Exception {
    return PackagedProgramIT.launch(env(), "compare", "architecture", "--json");
  }

  /** Waits until the archive and its stamp are there and the warm-up has ended. */
  private void awaitArchive() throws Exception {
    folder().awaitStamps(1);
    assertTrue(Files.exists(archive()), "no archive after two minutes");
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
    var made = Files.getLastModifiedTime(archive());
    assertQuietSuccess(compare(), first.out());
    // a warm-up started by mistake would hold its lock from before the run until it ends
    assertFalse(folder().warmingUp(), "a fitting archive is being made again");
    assertQuietSuccess(compare(), first.out());
    folder().settle();
    assertEquals(made, Files.getLastModifiedTime(archive()), "a fitting archive was made again");
    String slot = archive().getFileName().toString().replace(".jsa", "");
    assertTrue(slot.matches("startup-[0-9a-f]{8}"), slot);
    assertEquals(List.of(slot + ".id", slot + ".jsa"), folder().names(), "files left behind");
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
    assertQuietSuccess(compare(), expected);
  }

  @Test
  void aGarbageArchiveIsIgnoredQuietly() throws Exception {
    Result first = compare();
    awaitArchive();
    Path archive = archive();
    archive.toFile().setWritable(true);
    Files.write(archive, "not an archive at all".repeat(100).getBytes());
    Files.setLastModifiedTime(archive, Files.getLastModifiedTime(stamp()));
    assertQuietSuccess(compare(), first.out());
    folder().settle();
  }

  /**
   * Damage that keeps the modification time (a copy or restore that preserves it) used to crash
   * every start: the JVM mapped the cut-short archive (SIGBUS, "#" lines on stdout, an hs_err file
   * in the working folder). The stamp records the archive's size, so the launcher notices it.
   */
  /** How far two archives of the same build, dumped by the same command, may differ in size. */
  private static final long ONE_DUMP_TO_ANOTHER = 64 * 1024;

  @Test
  void anArchiveCutShortWithItsTimePutBackIsNotUsedButRemade(@TempDir Path work) throws Exception {
    Result first = compare();
    awaitArchive();
    Path archive = archive();
    var madeAt = Files.getLastModifiedTime(archive);
    byte[] whole = Files.readAllBytes(archive);
    archive.toFile().setWritable(true);
    Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.setLastModifiedTime(archive, madeAt);
    Result r =
        PackagedProgramIT.runIn(
            work,
            env(),
            List.of(),
            List.of(
                Packs.projectRoot().resolve("bin/genai-vs-llm").toString(),
                "compare",
                "architecture",
                "--json"));
    assertQuietSuccess(r, first.out());
    try (var left = Files.list(work)) {
      assertEquals(List.of(), left.toList(), "a JVM crash report in the working folder");
    }
    folder().awaitStamps(1);
    // made again: newer than the damaged one, and whole. Two dumps of one build differ by a page or
    // two (8,257,536 and 8,265,728 bytes seen for the same command), so not byte for byte
    long remade = Files.size(archive());
    assertTrue(
        Files.getLastModifiedTime(archive()).compareTo(madeAt) > 0
            && Math.abs(remade - whole.length) <= ONE_DUMP_TO_ANOTHER,
        () -> "the archive was not made again: " + remade + " bytes, first " + whole.length);
    assertQuietSuccess(compare(), first.out());
  }

  @Test
  void anArchiveCutShortAfterItWasInstalledIsNotUsedButRemade() throws Exception {
    Result first = compare();
    awaitArchive();
    Path stamp = stamp();
    Path archive = archive();
    var stamped = Files.getLastModifiedTime(stamp);
    byte[] whole = Files.readAllBytes(archive);
    archive.toFile().setWritable(true);
    Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));
    // a later accident has a later modification time
    Files.setLastModifiedTime(archive, FileTime.fromMillis(stamped.toMillis() + 2000));
    assertQuietSuccess(compare(), first.out()); // the JVM would crash mapping it
    ArchiveFolder.await(
        () -> {
          try {
            return !Files.getLastModifiedTime(stamp).equals(stamped) && !folder().warmingUp();
          } catch (Exception e) {
            return false;
          }
        },
        "the archive was not remade");
    assertTrue(Files.size(archive()) > whole.length / 2, "still the cut-short archive");
    assertQuietSuccess(compare(), first.out());
  }

  @Test
  void anArchiveMadeForAnotherJavaIsReplacedQuietly() throws Exception {
    Result first = compare();
    awaitArchive();
    Path stamp = stamp();
    Files.writeString(stamp, "/some/other/java /some/other.jar\n1\n/some/other/java\n");
    assertQuietSuccess(compare(), first.out());
    // no stamp has this installation's key: a new warm-up writes it again, into the same slot
    folder().settle();
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
    folder().settle();
    List<Path> records = folder().withSuffix(".failed");
    assertEquals(1, records.size(), "the failed try was not recorded: " + folder().names());
    Path failed = records.get(0);
    assertEquals(List.of(), folder().withSuffix(".jsa"), "a cut-short archive was installed");
    var tried = Files.getLastModifiedTime(failed);
    for (int i = 0; i < 2; i++) {
      assertQuietSuccess(
          PackagedProgramIT.launch(env, "compare", "architecture", "--json"), first.out());
      assertFalse(folder().warmingUp(), "the failed archive was tried again");
    }
    assertEquals(tried, Files.getLastModifiedTime(failed), "the failed archive was tried again");
    assertEquals(
        List.of(failed.getFileName().toString()),
        folder().names(),
        "left behind: a temporary archive or a JVM crash report");

    // a day later it tries again (and fails again, with this Java)
    var dayBefore = FileTime.fromMillis(tried.toMillis() - 2 * 86_400_000L);
    Files.setLastModifiedTime(failed, dayBefore);
    assertQuietSuccess(
        PackagedProgramIT.launch(env, "compare", "architecture", "--json"), first.out());
    folder().settle();
    assertTrue(!Files.getLastModifiedTime(failed).equals(dayBefore), "not tried again after a day");
  }
}
