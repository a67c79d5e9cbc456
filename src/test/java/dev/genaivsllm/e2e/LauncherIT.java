package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.e2e.PackagedProgramIT.Result;
import dev.genaivsllm.testing.Packs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher itself must get right whatever the environment (issue 15): nothing but the
 * program's output on stdout even when the JVM cannot start, JAVA_OPTS passed as typed, paths that
 * are not ASCII under a locale that is, and a launcher copied out of its installation.
 */
class LauncherIT {
  private static final Path ROOT = Packs.projectRoot();
  private static final Path LAUNCHER = ROOT.resolve("bin/genai-vs-llm");

  @TempDir Path dir;

  private Map<String, String> noArchive() {
    return Map.of("GENAI_VS_LLM_NO_CDS", "1", "XDG_CACHE_HOME", dir.resolve("cache").toString());
  }

  private static void assertFailedQuietlyOnStdout(Result r) {
    assertNotEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.out(), "a JVM message on stdout would corrupt --json: " + r);
    assertFalse(r.err().isBlank(), "says why on stderr: " + r);
  }

  @Test
  void aJvmThatCannotStartSaysSoOnStderrOnly() throws Exception {
    Map<String, String> env = new java.util.HashMap<>(noArchive());
    env.put("JAVA_OPTS", "-Xmx1k");
    Result tinyHeap = PackagedProgramIT.run(env, List.of(LAUNCHER.toString(), "compare", "--json"));
    assertFailedQuietlyOnStdout(tinyHeap);
    assertTrue(tinyHeap.err().contains("heap"), tinyHeap::toString);
  }

  @Test
  void aDeletedWorkingFolderIsAFailureOnStderrOnly() throws Exception {
    Path gone = Files.createDirectories(dir.resolve("gone"));
    Result r =
        PackagedProgramIT.runIn(
            gone,
            noArchive(),
            List.of(),
            List.of(
                "sh", "-c", "rmdir \"$PWD\" && exec \"$0\" compare --json", LAUNCHER.toString()));
    assertFailedQuietlyOnStdout(r);
  }

  @Test
  void javaOptsAreSplitButNeverExpandedAsFileNames() throws Exception {
    LoggingJava java = LoggingJava.in(dir, "jdk");
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("-Dgenai-vs-llm.probe=globbed"), "");
    Map<String, String> env = new java.util.HashMap<>(noArchive());
    env.put("JAVA_HOME", java.home());
    env.put("JAVA_OPTS", "-Dgenai-vs-llm.probe=*  -Dgenai-vs-llm.other=1");
    Result r =
        PackagedProgramIT.runIn(work, env, List.of(), List.of(LAUNCHER.toString(), "--version"));
    assertEquals(0, r.exitCode(), r::toString);
    List<String> runs = java.runs();
    assertEquals(1, runs.size(), runs::toString);
    assertTrue(
        runs.get(0).contains(" -Dgenai-vs-llm.probe=* -Dgenai-vs-llm.other=1 "), runs::toString);
    assertFalse(runs.get(0).contains("globbed"), "JAVA_OPTS was expanded: " + runs);
  }

  /**
   * Under LC_ALL=C the JVM decoded file names as ASCII: an installation or a state folder with a
   * non-ASCII name failed with exit code 1 or an InvalidPathException.
   */
  @Test
  void nonAsciiInstallationAndStatePathsWorkWithoutAUtf8Locale() throws Exception {
    assumeTrue(
        "UTF-8".equals(System.getProperty("sun.jnu.encoding")),
        "this test JVM cannot name such files itself");
    Path install = Files.createDirectories(dir.resolve("wérkzeüge"));
    Path tar = DistArchiveIT.tarball();
    Result untar =
        PackagedProgramIT.run(
            Map.of(), List.of("tar", "xzf", tar.toString(), "-C", install.toString()));
    assertEquals(0, untar.exitCode(), untar::toString);
    Path launcher;
    try (var unpacked = Files.list(install)) {
      launcher = unpacked.findFirst().orElseThrow().resolve("bin/genai-vs-llm");
    }
    Path state = dir.resolve("état");
    Map<String, String> env = new java.util.HashMap<>(noArchive());
    env.put("LC_ALL", "C");
    env.put("XDG_STATE_HOME", state.toString());
    Result compare =
        PackagedProgramIT.run(env, List.of(launcher.toString(), "compare", "architecture"));
    assertEquals(0, compare.exitCode(), compare::toString);
    assertEquals("", compare.err(), compare::toString);
    assertTrue(compare.out().contains("| Generative AI"), "ASCII for a C locale: " + compare);

    Result quiz =
        PackagedProgramIT.run(
            env,
            List.of(
                launcher.toString(), "quiz", "--count", "2", "--seed", "3", "--answers", "a,a"));
    assertEquals(0, quiz.exitCode(), quiz::toString);
    assertEquals("", quiz.err(), quiz::toString);
    assertTrue(Files.isRegularFile(state.resolve("genai-vs-llm/progress.json")), quiz::toString);

    Path pack = dir.resolve("pâck");
    Packs.copy(Packs.fixture(), pack);
    Result own =
        PackagedProgramIT.run(
            env, List.of(launcher.toString(), "--content", pack.toString(), "explain", "gan"));
    assertEquals(0, own.exitCode(), own::toString);
    assertEquals("", own.err(), own::toString);
  }

  /**
   * A launcher copied into a folder of its own (say ~/bin) finds no installation around it. It used
   * to take the folder above for a checkout and run Maven on whatever pom.xml was there.
   */
  @Test
  void aCopiedLauncherNeverBuildsTheFolderAboveIt() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve("bin"));
    Path copy = home.resolve("bin/genai-vs-llm");
    Files.copy(LAUNCHER, copy);
    Files.writeString(home.resolve("pom.xml"), "<project><!-- someone else's --></project>\n");
    Path tools = Files.createDirectories(dir.resolve("tools"));
    Path mvnLog = dir.resolve("mvn.log");
    Path mvn = tools.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\necho \"$*\" >>'" + mvnLog + "'\n");
    assertTrue(mvn.toFile().setExecutable(true));
    Map<String, String> env = new java.util.HashMap<>(noArchive());
    env.put("PATH", tools + ":" + System.getenv("PATH"));
    Result r = PackagedProgramIT.run(env, List.of(copy.toString(), "--version"));
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertTrue(r.err().startsWith("genai-vs-llm: no installation around "), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertFalse(Files.exists(mvnLog), "Maven was run on the folder above the copy");
    assertFalse(Files.exists(home.resolve("target")), "built in the folder above the copy");
    assertEquals(
        "<project><!-- someone else's --></project>\n",
        Files.readString(home.resolve("pom.xml"), StandardCharsets.UTF_8));
  }
}
