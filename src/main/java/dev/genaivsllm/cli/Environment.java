package dev.genaivsllm.cli;

import dev.genaivsllm.content.NodeCache;
import dev.genaivsllm.render.TerminalProbe;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the outside world gives the program, gathered by {@code Main} so that nothing else reads
 * {@code System.*}; tests build their own.
 *
 * @param env the environment variables (NO_COLOR, TERM, COLUMNS, HOME, XDG_STATE_HOME, ...); the
 *     home folder is {@code HOME}'s, as for the launcher, never the password database's
 * @param contentDir the bundled content pack
 * @param nodeCache the bundled pack's YAML trees, parsed at build time ({@link NodeCache#NONE} when
 *     there are none)
 * @param in standard input (quiz answers)
 * @param seeds where a random seed comes from when the user gives none
 * @param pager shows output taller than the terminal a screen at a time
 */
public record Environment(
    Map<String, String> env,
    Path contentDir,
    NodeCache nodeCache,
    TerminalProbe terminal,
    Clock clock,
    InputStream in,
    LongSupplier seeds,
    Pager pager) {
  public Environment {
    env = Map.copyOf(env);
  }
}
