package dev.genaivsllm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: the packaged program run as a process through the real launcher, with real pipes and
 * a real environment. Runs in the integration-test phase, after the jar is built.
 */
class PackagedProgramIT {
  private static final String ESC = "\u001b[";
  private static final Path ROOT = Packs.projectRoot();
  private static final Path LAUNCHER = ROOT.resolve("bin/genai-vs-llm");
  private static final Path CACHE = ROOT.resolve("target/it-cache");

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit code " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }

  static Result run(Map<String, String> env, List<String> command) throws Exception {
    return run(env, List.of(), command);
  }

  /**
   * Runs a command in the project folder with the test run's own cache, {@code env} added and the
   * variables named in {@code unset} removed.
   */
  static Result run(Map<String, String> env, List<String> unset, List<String> command)
      throws Exception {
    return runIn(ROOT, env, unset, command);
  }

  /** As {@link #run(Map, List, List)}, in the working folder {@code dir}. */
  static Result runIn(Path dir, Map<String, String> env, List<String> unset, List<String> command)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("NO_COLOR");
    pb.environment().remove("CLICOLOR_FORCE");
    pb.environment().remove("COLUMNS");
    pb.environment().remove("JAVA_OPTS");
    // A UTF-8 locale, as on most desktops, whatever the build machine has; tests of other locales
    // add LC_ALL or unset LANG.
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_CTYPE");
    pb.environment().put("LANG", "C.UTF-8");
    // The launcher's start-up archive goes to a cache of the test run's own, not the user's.
    pb.environment().put("XDG_CACHE_HOME", CACHE.toString());
    pb.environment().putAll(env);
    unset.forEach(pb.environment()::remove);
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
    return new Result(p.exitValue(), out.get(), err.get());
  }

  static Result launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(env, command);
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void readmeCommandPrintsTheTablePlainWhenPiped() throws Exception {
    Result r = launch(Map.of(), "compare", "architecture");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err(), r::toString);
    assertTrue(r.out().contains("│ Generative AI"), r::toString);
    assertTrue(r.out().contains("Sources"), r::toString);
    assertFalse(r.out().contains(ESC), "escape codes in piped output");
  }

  @Test
  void theSameQuestionsGetTheSameAnswersInEveryRun() throws Exception {
    // Map.copyOf and Set.of iterate in an order drawn anew by every JVM; scores summed in that
    // order once differed in their last bit and broke near-ties differently from run to run
    String file = Packs.projectRoot().resolve("eval/ask-tuning.yaml").toString();
    String goals = Packs.projectRoot().resolve("eval/recommend-tuning.yaml").toString();
    Result first = launch(Map.of(), "eval", file, "--json");
    assertEquals(0, first.exitCode(), first::toString);
    for (int run = 0; run < 2; run++) {
      assertEquals(first.out(), launch(Map.of(), "eval", file, "--json").out());
    }
    Result goalsFirst = launch(Map.of(), "eval", goals, "--json");
    assertEquals(0, goalsFirst.exitCode(), goalsFirst::toString);
    assertEquals(goalsFirst.out(), launch(Map.of(), "eval", goals, "--json").out());
  }

  @Test
  void thePackagedProgramLearnsFromTheExamplesItCarries() throws Exception {
    // the rules alone refuse this question (AskServiceTest); the jar's examples answer it
    Result r =
        launch(
            Map.of(),
            "ask",
            "our parish newsletter volunteer fed the whole 300 page minutes archive to the bot and"
                + " by the end it had no memory of the first pages. is there a cap on how much it"
                + " reads at once",
            "--json");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"id\": \"context-window\""), r::toString);
  }

  @Test
  void aTrainedClassifierIsKeptForTheNextRunAndRetrainedWhenDamaged(@TempDir Path dir)
      throws Exception {
    Path cache = dir.resolve("cache");
    // no start-up archive, so that no warm-up run writes to the cache meanwhile
    Map<String, String> env =
        Map.of("XDG_CACHE_HOME", cache.toString(), "GENAI_VS_LLM_NO_CDS", "1");
    String question = "why does the bot forget what i told it at the start";
    Result first = launch(env, "ask", question, "--json");
    assertEquals(0, first.exitCode(), first::toString);
    assertTrue(first.out().contains("\"id\": \"context-window\""), first::toString);
    Path kept = keptClassifier(cache.resolve("genai-vs-llm"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    long size = Files.size(kept);
    assertEquals(first.out(), launch(env, "ask", question, "--json").out());
    // cut short, as by a full disk: the next run trains again, answers the same and keeps it anew
    try (FileChannel f = FileChannel.open(kept, StandardOpenOption.WRITE)) {
      f.truncate(size / 2);
    }
    Result again = launch(env, "ask", question, "--json");
    assertEquals(first.out(), again.out(), again::toString);
    assertEquals("", again.err(), again::toString);
    assertEquals(size, Files.size(kept));
    // turned off: nothing is kept
    Path off = dir.resolve("off");
    Map<String, String> offEnv =
        Map.of(
            "XDG_CACHE_HOME", off.toString(),
            "GENAI_VS_LLM_NO_CDS", "1",
            "GENAI_VS_LLM_NO_MODEL_CACHE", "1");
    assertEquals(first.out(), launch(offEnv, "ask", question, "--json").out());
    assertFalse(Files.exists(off.resolve("genai-vs-llm")));
  }

  /** The one classifier {@code ask} keeps in this cache folder. */
  private static Path keptClassifier(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> kept =
          files.filter(p -> p.getFileName().toString().startsWith("learned-ask-")).toList();
      assertEquals(1, kept.size(), kept::toString);
      return kept.get(0);
    }
  }

  @Test
  void aCLocaleOrNoLocaleGetsAscii() throws Exception {
    for (Result r :
        List.of(
            launch(Map.of("LC_ALL", "C"), "compare", "architecture"),
            run(Map.of(), List.of("LANG"), List.of(LAUNCHER.toString(), "compare", "arch")))) {
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.out().contains("| Generative AI"), r::toString);
      assertEquals("", r.out().replaceAll("[\\x00-\\x7F]", ""), r::toString);
    }
  }

  @Test
  void colourFollowsTheEnvironment() throws Exception {
    assertTrue(launch(Map.of("CLICOLOR_FORCE", "1"), "compare", "data").out().contains(ESC));
    assertFalse(
        launch(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "compare", "data")
            .out()
            .contains(ESC));
    assertFalse(
        launch(Map.of("CLICOLOR_FORCE", "1"), "compare", "data", "--color=never")
            .out()
            .contains(ESC));
  }

  @Test
  void jsonIsTheOnlyThingOnStdoutAndValidates() throws Exception {
    Result r = launch(Map.of(), "compare", "--json");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("{"), r::toString);
    assertEquals(Set.of(), JsonSchemaCheck.violations(r.out()));
    assertEquals(14, JsonSchemaCheck.parse(r.out()).get("dimensions").size());
  }

  @Test
  void exitCodesAreTheDocumentedOnes() throws Exception {
    Result unknown = launch(Map.of(), "compare", "archtecture");
    assertEquals(3, unknown.exitCode(), unknown::toString);
    assertEquals("", unknown.out());
    assertTrue(unknown.err().contains("did you mean 'architecture'?"), unknown::toString);

    Result usage = launch(Map.of(), "compare", "--colour", "never");
    assertEquals(2, usage.exitCode(), usage::toString);
    assertEquals(1, usage.err().lines().count(), usage::toString);
  }

  @Test
  void brokenPackIsExitCode4(@TempDir Path dir) throws Exception {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Files.writeString(pack.resolve("dimensions/data.yaml"), "title: [\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Result r =
        run(
            Map.of(),
            List.of(
                java,
                "-Dgenai-vs-llm.content=" + pack,
                "-jar",
                ROOT.resolve("target/genai-vs-llm.jar").toString(),
                "compare",
                "data"));
    assertEquals(4, r.exitCode(), r::toString);
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "genai-vs-llm: content error: " + pack.resolve("dimensions/data.yaml") + ":"),
        r::toString);
  }

  @Test
  void closedPipeEndsPromptlyAndQuietly() throws Exception {
    long start = System.nanoTime();
    Result r =
        run(
            Map.of(),
            List.of("bash", "-c", "set -o pipefail; '" + LAUNCHER + "' compare --json | head -1"));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals("{\n", r.out(), r::toString);
    assertEquals(141, r.exitCode(), r::toString);
    assertEquals("", r.err(), r::toString);
    assertTrue(millis < 20_000, "took " + millis + " ms");
  }

  /**
   * Output that cannot be written (a full disk; /dev/full) was reported as success (help,
   * --version, init-pack) or as a quiet 141, as if the reader had gone. It is exit code 7 and one
   * line on stderr; a closed pipe stays a quiet 141 (above).
   */
  @Test
  void outputToAFullDeviceIsExitCode7AndOneLine(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    for (String args :
        List.of("compare architecture", "--help", "--version", "init-pack " + dir.resolve("p"))) {
      Result r =
          run(
              Map.of(),
              List.of("sh", "-c", "exec \"$0\" " + args + " >/dev/full", LAUNCHER.toString()));
      assertEquals(7, r.exitCode(), args + ": " + r);
      assertEquals(
          "genai-vs-llm: cannot write the output: No space left on device\n",
          r.err(),
          args + ": " + r);
    }
  }

  /** Four quizzes finishing at once, on one progress file: every answer is kept. */
  @Test
  void concurrentQuizzesKeepEveryResult(@TempDir Path dir) throws Exception {
    Path progress = dir.resolve("progress.json");
    Map<String, String> env = Map.of("GENAI_VS_LLM_PROGRESS", progress.toString());
    List<CompletableFuture<Result>> runs = new ArrayList<>();
    for (int seed = 1; seed <= 4; seed++) {
      String s = String.valueOf(seed);
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return launch(
                      env, "quiz", "--count", "5", "--seed", s, "--answers", "a,b,a,true,c");
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
    var questions = JsonSchemaCheck.parse(Files.readString(progress)).get("questions");
    int seen = 0;
    for (var q : questions) {
      seen += q.get("seen").asInt();
    }
    assertEquals(20, seen, "4 quizzes x 5 answers, none lost");
  }

  @Test
  void aCorruptProgressFileIsSetAsideAndTheQuizGoesOn(@TempDir Path dir) throws Exception {
    Path progress = dir.resolve("progress.json");
    Files.write(progress, new byte[] {(byte) 0xff, 0, 1, 2, '{'});
    Result r =
        launch(
            Map.of("GENAI_VS_LLM_PROGRESS", progress.toString()),
            "quiz",
            "--count",
            "5",
            "--seed",
            "7",
            "--answers",
            "a,b,a,true,c");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().contains("set aside"), r::toString);
    assertEquals(5, JsonSchemaCheck.parse(Files.readString(progress)).get("questions").size());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.filter(f -> f.toString().contains(".unreadable-")).count());
    }
  }

  /**
   * Progress goes under $HOME, as the launcher's cache does, not under the home the password
   * database gives Java (user.home, here pointed elsewhere to show which one is used). Without an
   * absolute HOME there is no place for it: one warning, and nothing written anywhere.
   */
  @Test
  void progressFollowsHomeAndWithoutOneIsKeptNowhere(@TempDir Path dir) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path passwdHome = Files.createDirectories(dir.resolve("passwd-home"));
    Map<String, String> env =
        Map.of("HOME", home.toString(), "JAVA_OPTS", "-Duser.home=" + passwdHome);
    List<String> unset = List.of("XDG_STATE_HOME", "GENAI_VS_LLM_PROGRESS");
    List<String> quiz =
        List.of(LAUNCHER.toString(), "quiz", "--count", "2", "--seed", "5", "--answers", "a,a");
    Result withHome = run(env, unset, quiz);
    assertEquals(0, withHome.exitCode(), withHome::toString);
    assertEquals("", withHome.err(), withHome::toString);
    assertTrue(
        Files.isRegularFile(home.resolve(".local/state/genai-vs-llm/progress.json")),
        "progress not under $HOME");

    List<String> noHome = new ArrayList<>(unset);
    noHome.add("HOME");
    Result without = runIn(dir, Map.of("JAVA_OPTS", "-Duser.home=" + passwdHome), noHome, quiz);
    assertEquals(0, without.exitCode(), without::toString);
    assertEquals(1, without.err().lines().count(), without::toString);
    assertTrue(
        without.err().startsWith("genai-vs-llm: warning: quiz progress is not kept: HOME"),
        without::toString);
    try (var written = Files.walk(passwdHome)) {
      assertEquals(List.of(passwdHome), written.toList(), "written under user.home");
    }
    try (var written = Files.list(dir)) {
      assertEquals(2, written.count(), "written in the working folder");
    }
  }

  @Test
  void versionNamesAllThreeVersions() throws Exception {
    Result r = launch(Map.of(), "--version");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(
        r.out()
            .matches(
                "(?s)genai-vs-llm \\S+\ncontent pack genai-vs-llm-core \\S+ .*"
                    + "\nJSON schema 1\n"),
        r::toString);
  }
}
