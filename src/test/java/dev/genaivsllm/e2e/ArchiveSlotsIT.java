package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.e2e.PackagedProgramIT.Result;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One start-up archive per installation and Java, made by one warm-up at a time, with failures
 * recorded and the folder kept small (docs/adr/0006-start-up.md, issues 15 and 17). A Java that
 * notes its arguments shows which archive each start used and which warm-ups ran.
 */
class ArchiveSlotsIT {
  private static final Path CHECKOUT_LAUNCHER = Packs.projectRoot().resolve("bin/genai-vs-llm");
  private static final Pattern ARCHIVE = Pattern.compile("-XX:SharedArchiveFile=(\\S+)");
  private static final Pattern JAR = Pattern.compile(" -jar (\\S+)");

  @TempDir Path dir;

  private LoggingJava java;

  @BeforeEach
  void loggingJava() throws Exception {
    java = LoggingJava.in(dir, "jdk");
  }

  private ArchiveFolder folder() {
    return ArchiveFolder.under(dir.resolve("cache"));
  }

  private Map<String, String> env() {
    return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "JAVA_HOME", java.home());
  }

  private Result quietly(Map<String, String> env, String launcher, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(List.of(args));
    Result r = PackagedProgramIT.run(env, command);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err(), r::toString);
    return r;
  }

  private Path unpackSecondInstallation() throws Exception {
    Path into = Files.createDirectories(dir.resolve("second"));
    Result untar =
        PackagedProgramIT.run(
            Map.of(),
            List.of("tar", "xzf", DistArchiveIT.tarball().toString(), "-C", into.toString()));
    assertEquals(0, untar.exitCode(), untar::toString);
    try (var unpacked = Files.list(into)) {
      return unpacked.findFirst().orElseThrow().resolve("bin/genai-vs-llm");
    }
  }

  /**
   * Alternating a checkout and an unpacked archive used to make every start slow and busy: they
   * shared one archive, so each start of the other found it wrong and started a warm-up.
   */
  @Test
  void twoInstallationsAlternatingEachKeepTheirArchive() throws Exception {
    String checkout = CHECKOUT_LAUNCHER.toString();
    String unpacked = unpackSecondInstallation().toString();
    String expected = quietly(env(), checkout, "compare", "architecture", "--json").out();
    folder().awaitStamps(1);
    assertEquals(expected, quietly(env(), unpacked, "compare", "architecture", "--json").out());
    folder().awaitStamps(2);
    assertEquals(2, folder().withSuffix(".jsa").size(), folder().names().toString());
    java.runs();

    for (int round = 0; round < 2; round++) {
      for (String launcher : List.of(checkout, unpacked)) {
        Result r = quietly(env(), launcher, "compare", "architecture", "--json");
        assertEquals(expected, r.out());
        assertFalse(folder().warmingUp(), "a warm-up after " + launcher);
      }
    }
    folder().settle();
    List<String> runs = java.runs();
    assertEquals(0, LoggingJava.warmUps(runs), "warm-ups once both archives existed: " + runs);
    Map<String, Set<String>> archivesByJar = new HashMap<>();
    for (String run : runs) {
      Matcher archive = ARCHIVE.matcher(run);
      Matcher jar = JAR.matcher(run);
      assertTrue(archive.find() && jar.find(), "a start without its archive: " + run);
      archivesByJar.computeIfAbsent(jar.group(1), j -> new HashSet<>()).add(archive.group(1));
    }
    assertEquals(2, archivesByJar.size(), archivesByJar::toString);
    List<Set<String>> archives = List.copyOf(archivesByJar.values());
    assertEquals(1, archives.get(0).size(), archivesByJar::toString);
    assertEquals(1, archives.get(1).size(), archivesByJar::toString);
    assertNotEquals(archives.get(0), archives.get(1), archivesByJar::toString);
  }

  /** Twenty first runs at once used to start twenty warm-up JVMs. */
  @Test
  void manyFirstRunsAtOnceStartOneWarmUp() throws Exception {
    List<CompletableFuture<Result>> runs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return PackagedProgramIT.run(
                      env(), List.of(CHECKOUT_LAUNCHER.toString(), "--version"));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (CompletableFuture<Result> run : runs) {
      Result r = run.get();
      assertEquals(0, r.exitCode(), r::toString);
      assertEquals("", r.err(), r::toString);
    }
    folder().awaitStamps(1);
    assertEquals(1, LoggingJava.warmUps(java.runs()), "warm-ups for twelve first runs");
  }

  /**
   * A full disk: nothing can be written but empty files. The failed try must still be recorded (a
   * record with the key in it could not be), so that later runs start no warm-up JVM each. A file
   * size limit of 0 stands in for it; the Java lifts it only to note its arguments.
   */
  @Test
  void aFullDiskIsRecordedAndStartsNoWarmUpAfterIt() throws Exception {
    Path jdk = Files.createDirectories(dir.resolve("full-jdk/bin"));
    Path log = dir.resolve("full-jdk.log");
    Files.writeString(
        jdk.resolve("java"),
        String.join(
            "\n",
            "#!/bin/sh",
            "ulimit -S -f unlimited",
            "printf '%s\\n' \"$*\" >>'" + log + "'",
            "ulimit -S -f 0",
            "exec '" + LoggingJava.REAL_JAVA + "' \"$@\"",
            ""));
    assertTrue(jdk.resolve("java").toFile().setExecutable(true));
    Map<String, String> env = new HashMap<>(env());
    env.put("JAVA_HOME", jdk.getParent().toString());
    for (int i = 0; i < 3; i++) {
      Result r =
          PackagedProgramIT.run(
              env,
              List.of(
                  "sh",
                  "-c",
                  "ulimit -S -f 0 && exec \"$0\" --version",
                  CHECKOUT_LAUNCHER.toString()));
      assertEquals(0, r.exitCode(), r::toString);
      assertEquals("", r.err(), r::toString);
      folder().settle();
    }
    List<String> runs = Files.readAllLines(log);
    assertEquals(1, LoggingJava.warmUps(runs), "a warm-up JVM per run: " + runs);
    assertEquals(1, folder().withSuffix(".failed").size(), folder().names().toString());
    assertEquals(List.of(), folder().withSuffix(".jsa"), "an archive installed on a full disk");
  }

  /**
   * A warm-up killed with its lock held must not stop every later one; and each warm-up tidies the
   * folder: the files of launchers before per-installation archives, slots of installations that
   * are gone, archives without a stamp, leftovers of killed warm-ups, and the oldest archives
   * beyond 64 MiB in all.
   */
  @Test
  void aStaleLockIsTakenOverAndTheWarmUpTidiesTheFolder() throws Exception {
    quietly(env(), CHECKOUT_LAUNCHER.toString(), "--version");
    folder().awaitStamps(1);
    String slot = folder().archive().getFileName().toString().replace(".jsa", "");
    Path stamp = folder().stamp();
    List<String> key = Files.readAllLines(stamp);
    Files.delete(folder().archive());
    Files.delete(stamp);
    Path cache = folder().dir();
    Files.createDirectories(cache.resolve(slot + ".lock"));
    Files.writeString(cache.resolve(slot + ".lock/pid.2147483646"), "");
    for (String legacy : List.of("startup.jsa", "startup.id", "startup.failed")) {
      Files.writeString(cache.resolve(legacy), "from a launcher before per-installation slots\n");
    }
    plantSlot("startup-0000dead", List.of("k", "9", "/gone/bin/java", "/gone/lib/x.jar"), 1);
    Files.writeString(cache.resolve("startup-0000beef.jsa"), "an archive without a stamp");
    String realJava = key.get(2);
    String realJar = key.get(3);
    plantSlot("startup-0000f00d", List.of("k2", "9", realJava, realJar), 1);
    plantSlot("startup-0000cafe", List.of("k3", "73400320", realJava, realJar), 2);
    Path leftover = Files.createDirectories(cache.resolve("warmup.AbCdEf"));
    Files.setLastModifiedTime(leftover, daysAgo(2));
    java.runs();

    quietly(env(), CHECKOUT_LAUNCHER.toString(), "--version");
    folder().awaitStamps(2);
    assertEquals(1, LoggingJava.warmUps(java.runs()), "the stale lock stopped the warm-up");
    assertEquals(
        List.of("startup-0000f00d.id", "startup-0000f00d.jsa", slot + ".id", slot + ".jsa"),
        folder().names());
  }

  private void plantSlot(String slot, List<String> stamp, int hoursAgo) throws Exception {
    Path cache = folder().dir();
    Files.writeString(cache.resolve(slot + ".jsa"), "x".repeat(9));
    Path id = Files.write(cache.resolve(slot + ".id"), stamp);
    FileTime then = FileTime.fromMillis(System.currentTimeMillis() - hoursAgo * 3_600_000L);
    Files.setLastModifiedTime(cache.resolve(slot + ".jsa"), then);
    Files.setLastModifiedTime(id, then);
  }

  private static FileTime daysAgo(int days) {
    return FileTime.fromMillis(System.currentTimeMillis() - days * 86_400_000L);
  }
}
