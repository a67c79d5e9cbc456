package dev.genaivsllm.cli;

import dev.genaivsllm.content.NodeCache;
import dev.genaivsllm.render.TerminalProbe;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
 * @param interrupts where the interactive quiz and wizard leave a last word on Ctrl-C
 */
public record Environment(
    Map<String, String> env,
    Path contentDir,
    NodeCache nodeCache,
    TerminalProbe terminal,
    Clock clock,
    InputStream in,
    LongSupplier seeds,
    Pager pager,
    Interrupts interrupts) {
  public Environment {
    env = Map.copyOf(env);
  }

  /** An environment where nobody can interrupt the program (warm-up runs, most tests). */
  public Environment(
      Map<String, String> env,
      Path contentDir,
      NodeCache nodeCache,
      TerminalProbe terminal,
      Clock clock,
      InputStream in,
      LongSupplier seeds,
      Pager pager) {
    this(env, contentDir, nodeCache, terminal, clock, in, seeds, pager, Interrupts.NONE);
  }

  /** The same environment with one more variable set. */
  public Environment with(String name, String value) {
    Map<String, String> more = new HashMap<>(env);
    more.put(name, value);
    return new Environment(
        more, contentDir, nodeCache, terminal, clock, in, seeds, pager, interrupts);
  }

  /**
   * Set by the launcher when it runs the JVM under a UTF-8 locale the user's terminal does not
   * have: the user's own locale, which decides how to draw.
   */
  static final String USER_LOCALE = "GENAI_VS_LLM_LOCALE";

  /**
   * Whether the locale's charset is UTF-8, read as POSIX orders it: the first of LC_ALL, LC_CTYPE
   * and LANG that is set and not empty decides. None set, "C" and "POSIX" mean not UTF-8 (ssh
   * without SendEnv, cron, Docker images), and so do charsets such as ISO-8859-1.
   */
  public boolean utf8Locale() {
    String user = env.get(USER_LOCALE);
    if (user != null) {
      return !user.isEmpty() && utf8(user);
    }
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return utf8(value);
      }
    }
    return false;
  }

  /** {@code en_US.UTF-8}, {@code C.utf8}, {@code de_DE.UTF-8@euro}, or macOS's bare UTF-8. */
  private static boolean utf8(String locale) {
    int dot = locale.indexOf('.');
    String codeset = dot < 0 ? locale : locale.substring(dot + 1);
    int modifier = codeset.indexOf('@');
    if (modifier >= 0) {
      codeset = codeset.substring(0, modifier);
    }
    return codeset.replace("-", "").replace("_", "").equalsIgnoreCase("utf8");
  }
}
