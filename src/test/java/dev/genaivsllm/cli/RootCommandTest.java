package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RootCommandTest {
  /** The lazily added subcommands are registered under the names their annotations give. */
  @Test
  void outputOptionsGivenBeforeTheCommandCountForIt() {
    CliRun json = CliRun.run("--json", "compare", "architecture");
    assertEquals(0, json.exitCode(), json::toString);
    assertTrue(json.out().startsWith("{"), json::toString);
    CliRun narrow = CliRun.run("--width", "30", "compare", "architecture");
    assertTrue(narrow.out().lines().allMatch(l -> l.length() <= 30), narrow::toString);
    CliRun ascii = CliRun.run("--ascii", "compare", "architecture");
    assertTrue(ascii.out().chars().allMatch(c -> c < 128), ascii::toString);
    // the command's own option wins over the one before it
    CliRun own = CliRun.run("--json", "compare", "architecture", "--format", "markdown");
    assertTrue(own.out().startsWith("## "), own::toString);
    CliRun bad = CliRun.run("--width", "5", "compare", "architecture");
    assertEquals(ExitCode.USAGE, bad.exitCode(), bad::toString);
  }

  @Test
  void subcommandNamesMatchTheirAnnotations() {
    GenaiVsLlmCommand.SUBCOMMANDS.forEach(
        (name, type) ->
            assertEquals(
                name,
                type.getAnnotation(picocli.CommandLine.Command.class).name(),
                type.getName()));
  }

  /** A command line naming one subcommand builds only that one; --help still lists them all. */
  @Test
  void aCommandLineBuildsOnlyTheSubcommandItNames() {
    var env = CliRun.with().environment();
    var out = new PrintWriter(Writer.nullWriter());
    assertEquals(
        java.util.Set.of("explain"),
        Cli.forArgs(env, out, out, "explain", "gan").getSubcommands().keySet());
    assertEquals(
        GenaiVsLlmCommand.SUBCOMMANDS.keySet(),
        Cli.forArgs(env, out, out, "--help").getSubcommands().keySet());
    CliRun help = CliRun.run("--help");
    for (String name : GenaiVsLlmCommand.SUBCOMMANDS.keySet()) {
      if (name.equals("man")) {
        assertTrue(!help.out().contains("  man "), "man is hidden:\n" + help);
        continue;
      }
      assertTrue(help.out().contains("  " + name + " "), name + " missing from help:\n" + help);
    }
  }

  @Test
  void noArgumentsPrintsTheOrientation() {
    CliRun run = CliRun.run();
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("The short answer"), run::toString);
    assertTrue(run.out().contains("Fixture pack. Generative AI is the umbrella"), run::toString);
    assertTrue(run.out().contains("compare"), run::toString);
  }

  @Test
  void versionNamesProgramPackAndJsonSchema() {
    CliRun run = CliRun.run("--version");
    assertEquals(0, run.exitCode(), run::toString);
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].matches("genai-vs-llm \\S+"), run::toString);
    assertEquals(
        "content pack fixture-pack 0.9.1 (content schema 1, reviewed 2026-01-15)", lines[1]);
    assertEquals("JSON schema 1", lines[2]);
  }

  @Test
  void versionStillWorksWithABrokenPack() {
    CliRun run = CliRun.with().pack(Path.of("/nonexistent-pack")).run("--version");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("content pack unavailable"), run::toString);
  }

  @Test
  void closedOutputEndsQuietlyWithExitCode141() {
    Writer closed =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws java.io.IOException {
            throw new java.io.IOException("Broken pipe");
          }

          @Override
          public void flush() throws java.io.IOException {
            throw new java.io.IOException("Broken pipe");
          }

          @Override
          public void close() {}
        };
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Cli.run(
            new Environment(
                java.util.Map.of(),
                dev.genaivsllm.testing.Packs.fixture(),
                dev.genaivsllm.content.NodeCache.NONE,
                dev.genaivsllm.testing.FakeTerminal.pipe(),
                CliRun.CLOCK,
                java.io.InputStream.nullInputStream(),
                () -> 1,
                CliRun.NO_PAGER),
            new PrintWriter(closed),
            new PrintWriter(err),
            "compare");
    assertEquals(ExitCode.OUTPUT_CLOSED, code);
    assertEquals("", err.toString());
  }
}
