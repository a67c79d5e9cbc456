package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.e2e.PackagedProgramIT.Result;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive decides which code the JVM runs, so the launcher trusts it only from a
 * folder of the user's own that no one else can write (docs/adr/0006-start-up.md, the README's
 * "What it writes and trusts"). A Java that notes its arguments shows whether an archive was used
 * ({@code -XX:SharedArchiveFile}) or a warm-up started ({@code -XX:ArchiveClassesAtExit}).
 */
class CacheTrustIT {
  private static final Path LAUNCHER = Packs.projectRoot().resolve("bin/genai-vs-llm");

  @TempDir Path dir;

  private LoggingJava java;

  @BeforeEach
  void loggingJava() throws Exception {
    java = LoggingJava.in(dir, "jdk");
  }

  private Path cache() {
    return dir.resolve("cache/genai-vs-llm");
  }

  private ArchiveFolder folder() {
    return ArchiveFolder.under(dir.resolve("cache"));
  }

  private Result compare(Map<String, String> env, List<String> unset) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of("compare", "architecture", "--json"));
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("JAVA_HOME", java.home());
    Result r = PackagedProgramIT.run(all, unset, command);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err(), r::toString);
    return r;
  }

  private Result compare() throws Exception {
    return compare(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), List.of());
  }

  /**
   * The arguments of every java started since the last call, once a warm-up the launcher started
   * has ended (it holds a lock from before the run until its end).
   */
  private List<String> javaRuns() throws Exception {
    folder().settle();
    return java.runs();
  }

  private static boolean used(List<String> runs) {
    return LoggingJava.used(runs);
  }

  private static boolean warmedUp(List<String> runs) {
    return LoggingJava.warmedUp(runs);
  }

  private void makeArchive() throws Exception {
    compare();
    folder().awaitStamps(1);
    javaRuns();
    compare();
    assertTrue(used(javaRuns()), "a fitting archive of the user's own is used");
  }

  @Test
  void aCacheFolderOthersCanWriteIsNeitherUsedNorWrittenTo() throws Exception {
    makeArchive();
    Files.setPosixFilePermissions(cache(), PosixFilePermissions.fromString("rwxrwxrwx"));
    compare();
    List<String> runs = javaRuns();
    assertFalse(used(runs), "archive used from a folder others can write: " + runs);
    assertFalse(warmedUp(runs), "warm-up started in a folder others can write: " + runs);
  }

  @Test
  void anArchiveOrStampOthersCanWriteIsNotUsed() throws Exception {
    makeArchive();
    for (Path file : List.of(folder().stamp(), folder().archive())) {
      String name = file.getFileName().toString();
      Set<PosixFilePermission> before = Files.getPosixFilePermissions(file);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
      compare();
      assertFalse(used(javaRuns()), name + " writable by others, yet the archive was used");
      Files.setPosixFilePermissions(file, before);
    }
  }

  @Test
  void anotherUsersCacheFolderIsNotUsed() throws Exception {
    assumeTrue("0".equals(Files.getAttribute(dir, "unix:uid").toString()), "needs root to chown");
    makeArchive();
    Files.setAttribute(cache(), "unix:uid", 65534);
    compare();
    List<String> runs = javaRuns();
    assertFalse(used(runs), "another user's archive was used: " + runs);
    assertFalse(warmedUp(runs), "wrote into another user's folder: " + runs);
  }

  @Test
  void underUmask000TheCacheIsStillTheUsersAlone() throws Exception {
    Path cacheHome = dir.resolve("cache");
    Result lock =
        PackagedProgramIT.run(
            Map.of("XDG_CACHE_HOME", cacheHome.toString(), "JAVA_HOME", java.home()),
            List.of(),
            List.of(
                "sh",
                "-c",
                "umask 000; \"$0\" --version >/dev/null && ls -ld \"$1\"/*.lock",
                LAUNCHER.toString(),
                cache().toString()));
    assertTrue(lock.out().startsWith("drwx------"), "the warm-up's lock: " + lock);
    folder().awaitStamps(1);
    for (Path p : List.of(cacheHome, cache(), folder().stamp(), folder().archive())) {
      Set<PosixFilePermission> modes = Files.getPosixFilePermissions(p);
      for (PosixFilePermission others :
          List.of(
              PosixFilePermission.GROUP_READ,
              PosixFilePermission.GROUP_WRITE,
              PosixFilePermission.OTHERS_READ,
              PosixFilePermission.OTHERS_WRITE)) {
        assertFalse(modes.contains(others), p + " is " + PosixFilePermissions.toString(modes));
      }
    }
  }

  @Test
  void withoutHomeThereIsNoSharedFallbackFolder() throws Exception {
    compare(Map.of(), List.of("HOME", "XDG_CACHE_HOME"));
    List<String> runs = javaRuns();
    assertFalse(used(runs), runs.toString());
    assertFalse(warmedUp(runs), "a warm-up with no folder of the user's own: " + runs);
  }

  @Test
  void aRelativeXdgCacheHomeIsIgnored() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    String relative = "relative-cache-" + ProcessHandle.current().pid();
    compare(Map.of("XDG_CACHE_HOME", relative, "HOME", home.toString()), List.of());
    javaRuns();
    assertFalse(
        Files.exists(Packs.projectRoot().resolve(relative)), "used the relative XDG_CACHE_HOME");
    assertTrue(Files.isDirectory(home.resolve(".cache/genai-vs-llm")), "fell back to HOME");
  }
}
