package dev.genaivsllm;

import dev.genaivsllm.cli.Cli;
import dev.genaivsllm.cli.Environment;
import dev.genaivsllm.state.ModelFiles;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The commands the launcher runs once, in one JVM, to record which classes a start needs into the
 * class-data sharing archive (docs/adr/0006-start-up.md). Output goes nowhere; failures are
 * ignored, since the archive is only an optimisation.
 */
final class Warmup {
  static final List<List<String>> COMMANDS =
      List.of(
          List.of(),
          List.of("--version"),
          List.of("--help"),
          List.of("compare", "architecture", "--color", "always"),
          List.of("compare", "architecture", "--json"),
          List.of("compare", "--format", "markdown"),
          List.of("compare", "arch", "data"),
          List.of("explain", "transformer", "--color", "always"),
          List.of("explain", "stable diffusion", "--json"),
          List.of("explain", "transfomer"),
          List.of("search", "attention"),
          List.of("sources", "vaswani2017"),
          List.of("recommend", "summarise emails", "--explain"),
          List.of("quiz", "--seed", "1", "--count", "5", "--no-save", "--answers", "a,a,a,a,a"),
          // lint parses every file itself (it never takes trees from the node cache), so the YAML
          // parser is archived too, for packs of one's own
          List.of("lint", "--json"));

  private Warmup() {}

  static void run(Environment environment) {
    // it keeps no classifier: the user's cache holds only what their own runs keep, and every
    // archive is recorded from the same run (training, not reading a kept classifier)
    Environment warm = environment.with(ModelFiles.ENV_OFF, "1");
    for (List<String> args : COMMANDS) {
      try {
        Cli.run(warm, nowhere(), nowhere(), args.toArray(String[]::new));
      } catch (RuntimeException e) {
        // an optimisation only: a failing warm-up command just records fewer classes
      }
    }
  }

  private static PrintWriter nowhere() {
    return new PrintWriter(Writer.nullWriter());
  }
}
