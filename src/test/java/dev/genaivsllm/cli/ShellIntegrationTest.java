package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaivsllm.testing.BashCompletion;
import dev.genaivsllm.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script loaded into a real bash and asked for completions the way bash asks when
 * TAB is pressed, and the man page through a real groff: what users get, not just what we print.
 */
class ShellIntegrationTest {
  @TempDir Path dir;

  private static boolean has(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a bash script and returns its stdout (stderr too when it fails). */
  private String bash(String script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash timed out");
    assertEquals(0, p.exitValue(), () -> out + err);
    return out;
  }

  /** What bash offers after typing the words (the last one partly) and pressing TAB. */
  private List<String> complete(Path script, String... words) throws Exception {
    return bash(BashCompletion.driver(script, words))
        .lines()
        .filter(s -> !s.isBlank())
        .sorted()
        .toList();
  }

  private Path script() throws IOException {
    CliRun run = CliRun.run("completion", "bash");
    assertEquals(0, run.exitCode(), run::toString);
    Path script = dir.resolve("genai-vs-llm.bash");
    Files.writeString(script, run.out());
    return script;
  }

  @Test
  void bashCompletesSubcommandsOptionsEnumsAndContentIds() throws Exception {
    assumeTrue(has("bash"), "no bash here");
    Path script = script();
    assertEquals(List.of("architecture"), complete(script, "genai-vs-llm", "compare", "ar"));
    assertEquals(List.of("transformer"), complete(script, "genai-vs-llm", "explain", "tra"));
    assertEquals(List.of("compare", "completion"), complete(script, "genai-vs-llm", "com"));
    assertEquals(
        List.of("always", "auto", "never"),
        complete(script, "genai-vs-llm", "compare", "--color", ""));
    assertEquals(List.of("--list"), complete(script, "genai-vs-llm", "explain", "--li"));
    assertEquals(List.of("bash", "zsh"), complete(script, "genai-vs-llm", "completion", ""));
    assertEquals(
        List.of("self-attention"), complete(script, "genai-vs-llm", "quiz", "--topic", "se"));
    assertEquals(List.of("timeline"), complete(script, "genai-vs-llm", "tim"));
    assertEquals(List.of("svg"), complete(script, "genai-vs-llm", "map", "--format", "s"));
    assertEquals(List.of("bert"), complete(script, "genai-vs-llm", "explain", "be"), "a map label");
  }

  @Test
  void theHiddenManCommandIsNotOffered() throws Exception {
    assumeTrue(has("bash"), "no bash here");
    assertEquals(List.of("map"), complete(script(), "genai-vs-llm", "ma"));
  }

  @Test
  void zshGetsTheSameScriptWhichSetsUpBashCompatibility() {
    CliRun zsh = CliRun.run("completion", "zsh");
    assertEquals(0, zsh.exitCode(), zsh::toString);
    assertEquals(CliRun.run("completion", "bash").out(), zsh.out());
    assertTrue(zsh.out().contains("bashcompinit"), "no zsh set-up in the script");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun run = CliRun.run("completion", "fish");
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("completion takes bash or zsh, not 'fish'"), run::toString);
  }

  @Test
  void theManPageHasASectionPerCommandAndGroffReadsItWithoutWarnings() throws Exception {
    CliRun run = CliRun.run("man");
    assertEquals(0, run.exitCode(), run::toString);
    for (String name : GenaiVsLlmCommand.SUBCOMMANDS.keySet()) {
      if (!name.equals("man")) {
        assertTrue(
            run.out().contains(".SS genai\\-vs\\-llm " + name.replace("-", "\\-") + "\n")
                || run.out().contains(".SS genai-vs-llm " + name + "\n"),
            name + " has no section");
      }
    }
    assumeTrue(has("groff"), "no groff here");
    Path page = dir.resolve("genai-vs-llm.1");
    Files.writeString(page, run.out());
    Process groff =
        new ProcessBuilder("groff", "-man", "-ww", "-z", page.toString())
            .redirectErrorStream(true)
            .start();
    String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(groff.waitFor(30, TimeUnit.SECONDS));
    assertEquals("", warnings, "groff warnings");
    assertEquals(0, groff.exitValue());
  }
}
