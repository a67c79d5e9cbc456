package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.e2e.PackagedProgramIT.Result;
import dev.genaivsllm.testing.BashCompletion;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive {@code mvn package} makes, unpacked into an empty folder far from the checkout and
 * run with nothing but a JDK: every command, the man page, the completion script, a symlinked
 * launcher, and the launcher's messages when Java is missing or too old.
 */
class DistArchiveIT {
  private static final Path TARGET = Packs.projectRoot().resolve("target");
  private static final String JAVA_HOME = System.getProperty("java.home");

  @TempDir static Path unpacked;
  @TempDir static Path home;

  private static Path install;

  /** The archive {@code mvn package} made. */
  static Path tarball() throws Exception {
    Path tar = TARGET.resolve("genai-vs-llm-" + version() + ".tar.gz");
    assertTrue(Files.exists(tar), "no archive: run mvn package first");
    return tar;
  }

  @BeforeAll
  static void unpack() throws Exception {
    Path tar = tarball();
    Result r =
        PackagedProgramIT.run(
            Map.of(), List.of("tar", "xzf", tar.toString(), "-C", unpacked.toString()));
    assertEquals(0, r.exitCode(), r::toString);
    install = unpacked.resolve("genai-vs-llm-" + version());
  }

  private static String version() throws Exception {
    try (var files = Files.list(TARGET)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("genai-vs-llm-.+\\.tar\\.gz"))
          .findFirst()
          .orElseThrow()
          .replaceAll("genai-vs-llm-(.+)\\.tar\\.gz", "$1");
    }
  }

  /** Only a JDK and the basic system tools: no Maven, no checkout, a fresh home. */
  private static Map<String, String> jdkOnly() {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", JAVA_HOME);
    env.put("PATH", JAVA_HOME + "/bin:/usr/bin:/bin");
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    return env;
  }

  private static Result run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(install.resolve("bin/genai-vs-llm").toString()));
    command.addAll(List.of(args));
    return PackagedProgramIT.run(jdkOnly(), command);
  }

  @Test
  void everyCommandRunsFromTheUnpackedArchive() throws Exception {
    List<List<String>> commands =
        List.of(
            List.of("compare", "architecture"),
            List.of("compare", "--json"),
            List.of("explain", "transformer"),
            List.of("search", "attention"),
            List.of("sources"),
            List.of("quiz", "--count", "3", "--seed", "1", "--answers", "a,a,a"),
            List.of("quiz", "stats"),
            List.of("recommend", "summarise", "support", "emails"),
            List.of("lint"),
            List.of("init-pack", home.resolve("my-pack").toString()),
            List.of("completion", "bash"),
            List.of("man"),
            List.of("--version"),
            List.of());
    for (List<String> args : commands) {
      Result r = run(args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), () -> args + "\n" + r);
      assertEquals("", r.err(), () -> args + "\n" + r);
      assertTrue(!r.out().isBlank(), () -> args + " printed nothing");
    }
  }

  @Test
  void theShippedNodeCacheGivesTheSameAnswersAndNeverAStaleOne() throws Exception {
    long yaml;
    long saved;
    try (var files = Files.walk(install.resolve("content"))) {
      yaml = files.filter(f -> f.toString().endsWith(".yaml")).count();
    }
    try (var files = Files.walk(install.resolve("lib/content-cache"))) {
      saved = files.filter(f -> f.toString().endsWith(".yaml.node")).count();
    }
    assertEquals(yaml, saved, "a saved tree for every bundled YAML file");

    Map<String, String> parsing = jdkOnly();
    parsing.put("GENAI_VS_LLM_NO_NODE_CACHE", "1");
    List<String> json =
        List.of(install.resolve("bin/genai-vs-llm").toString(), "compare", "--json");
    Result cached = PackagedProgramIT.run(jdkOnly(), json);
    assertEquals(0, cached.exitCode(), cached::toString);
    assertEquals(PackagedProgramIT.run(parsing, json).toString(), cached.toString());

    Path file = install.resolve("content/dimensions/architecture.yaml");
    String original = Files.readString(file);
    try {
      Files.writeString(file, original.replaceFirst("(?m)^title: .*$", "title: Edited Here"));
      Result edited = run("compare", "architecture", "--json");
      assertEquals(0, edited.exitCode(), edited::toString);
      assertTrue(edited.out().contains("\"title\": \"Edited Here\""), edited::toString);
    } finally {
      Files.writeString(file, original);
    }
  }

  @Test
  void theArchiveHoldsWhatTheIssueLists() {
    for (String file :
        List.of(
            "bin/genai-vs-llm",
            "bin/genai-vs-llm.cmd",
            "lib/genai-vs-llm.jar",
            "content/pack.yaml",
            "man/man1/genai-vs-llm.1",
            "completion/genai-vs-llm.bash",
            "completion/genai-vs-llm.zsh",
            "README.md",
            "LICENSE")) {
      assertTrue(Files.isRegularFile(install.resolve(file)), file + " missing");
    }
    assertTrue(Files.isExecutable(install.resolve("bin/genai-vs-llm")));
  }

  @Test
  void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
    TreeSet<String> inTar = new TreeSet<>();
    try (var files = Files.walk(install)) {
      files.filter(Files::isRegularFile).forEach(f -> inTar.add(unpacked.relativize(f).toString()));
    }
    TreeSet<String> inZip = new TreeSet<>();
    try (ZipFile zip = new ZipFile(TARGET.resolve("genai-vs-llm-" + version() + ".zip").toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
    }
    assertEquals(inTar, inZip);
  }

  @Test
  void theShippedManPageReadsWithManL() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "no man here");
    Map<String, String> env = jdkOnly();
    env.put("MANPAGER", "cat");
    env.put("MANWIDTH", "80");
    Result r =
        PackagedProgramIT.run(
            env, List.of("man", "-l", install.resolve("man/man1/genai-vs-llm.1").toString()));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("GENAI-VS-LLM(1)"), r::toString);
    assertTrue(r.out().contains("genai-vs-llm compare"), r::toString);
    assertTrue(r.out().contains("EXIT STATUS"), r::toString);
  }

  @Test
  void theShippedCompletionScriptCompletesBundledIds() throws Exception {
    String script =
        BashCompletion.driver(
            install.resolve("completion/genai-vs-llm.bash"), "genai-vs-llm", "compare", "ar");
    Result r = PackagedProgramIT.run(jdkOnly(), List.of("bash", "--norc", "-c", script));
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("architecture\n", r.out(), r::toString);
  }

  @Test
  void aSymlinkedLauncherFindsItsInstallation() throws Exception {
    Path bin = Files.createDirectories(unpacked.resolve("elsewhere/bin"));
    Path link = bin.resolve("genai-vs-llm");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, install.resolve("bin/genai-vs-llm"));
    Result r = PackagedProgramIT.run(jdkOnly(), List.of(link.toString(), "explain", "gan"));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("adversarial"), r::toString);
  }

  @Test
  void withoutJavaTheLauncherSaysWhatToInstall() throws Exception {
    Path tools = Files.createDirectories(home.resolve("tools-without-java"));
    for (String tool : List.of("dirname", "readlink")) {
      Path wrapper = tools.resolve(tool);
      Files.writeString(wrapper, "#!/bin/sh\nexec /usr/bin/" + tool + " \"$@\"\n");
      wrapper.toFile().setExecutable(true);
    }
    Map<String, String> env = jdkOnly();
    env.remove("JAVA_HOME");
    env.put("PATH", tools.toString());
    Result r =
        PackagedProgramIT.run(
            env, List.of("/bin/sh", install.resolve("bin/genai-vs-llm").toString(), "compare"));
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(
        "genai-vs-llm: no Java found: install a JDK 17 or newer, or set JAVA_HOME\n", r.err());
  }

  @Test
  void anOldJavaIsNamedNotStackTraced() throws Exception {
    Path old = home.resolve("jdk-11");
    Files.createDirectories(old.resolve("bin"));
    Path java = old.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\necho 'should not be run' >&2\nexit 9\n");
    java.toFile().setExecutable(true);
    Files.writeString(old.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
    Map<String, String> env = jdkOnly();
    env.put("JAVA_HOME", old.toString());
    Result r = PackagedProgramIT.run(env, List.of(install.resolve("bin/genai-vs-llm").toString()));
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertTrue(r.err().startsWith("genai-vs-llm: Java 11.0.2 at "), r::toString);
    assertTrue(
        r.err().endsWith("is too old: install a JDK 17 or newer, or set JAVA_HOME\n"), r::toString);
  }
}
