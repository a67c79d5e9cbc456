package dev.genaivsllm.cli;

import dev.genaivsllm.render.TerminalProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the outside world gives the program, gathered by {@code Main} so that nothing else reads
 * {@code System.*}; tests build their own.
 *
 * @param env the environment variables (NO_COLOR, TERM, COLUMNS, ...)
 * @param contentDir the bundled content pack
 */
public record Environment(
    Map<String, String> env, Path contentDir, TerminalProbe terminal, Clock clock) {
  public Environment {
    env = Map.copyOf(env);
  }
}
