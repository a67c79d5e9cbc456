package dev.genaivsllm.testing;

import dev.genaivsllm.cli.Cli;
import dev.genaivsllm.cli.Environment;
import dev.genaivsllm.cli.Pager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real command tree in-process with captured stdout and stderr. Its {@code toString} shows
 * all three results, so a failed assertion explains itself.
 */
public record CliRun(int exitCode, String out, String err) {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  /** For runs that must never page: fails the test if asked to. */
  public static final Pager NO_PAGER =
      (command, text, charset) -> {
        throw new AssertionError("paged through " + command + " unexpectedly");
      };

  /** A run over the fixture pack, stdout piped, a UTF-8 locale, no colour variables set. */
  public static CliRun run(String... args) {
    return with().run(args);
  }

  public static Builder with() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "exit code " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }

  /** Options for one run. */
  public static final class Builder {
    /** A UTF-8 locale, as most desktops have; tests of other locales set or remove LANG. */
    private final Map<String, String> env = new HashMap<>(Map.of("LANG", "C.UTF-8"));

    private Path pack = Packs.fixture();
    private FakeTerminal terminal = FakeTerminal.pipe();
    private String stdin = "";
    private java.nio.file.Path home = java.nio.file.Path.of("/nonexistent-home");
    private Pager pager = NO_PAGER;
    private dev.genaivsllm.content.NodeCache nodeCache = dev.genaivsllm.content.NodeCache.NONE;
    private final FakeInterrupts interrupts = new FakeInterrupts();
    private boolean ctrlC;

    /** Sets an environment variable; a null value removes it. */
    public Builder env(String name, String value) {
      if (value == null) {
        env.remove(name);
      } else {
        env.put(name, value);
      }
      return this;
    }

    public Builder pack(Path pack) {
      this.pack = pack;
      return this;
    }

    public Builder terminal(FakeTerminal terminal) {
      this.terminal = terminal;
      return this;
    }

    /** Text on standard input; a fake terminal decides whether it counts as typed. */
    public Builder stdin(String text) {
      this.stdin = text;
      return this;
    }

    /** Ctrl-C once standard input has been read to its end, instead of the end (Ctrl-D). */
    public Builder ctrlCAfterInput() {
      this.ctrlC = true;
      return this;
    }

    /** What shows output taller than the terminal. */
    public Builder pager(Pager pager) {
      this.pager = pager;
      return this;
    }

    /** Node trees saved for the packs, as the build saves them for the bundled one. */
    public Builder nodeCache(dev.genaivsllm.content.NodeCache nodeCache) {
      this.nodeCache = nodeCache;
      return this;
    }

    /** The home folder, for quiz progress. */
    public Builder home(java.nio.file.Path home) {
      this.home = home;
      return this;
    }

    /** The environment a run gets: fixed clock and randomness, the fixture pack by default. */
    public Environment environment() {
      return new Environment(
          env, pack, nodeCache, terminal, CLOCK, stdin(), home, () -> 4242, pager, interrupts);
    }

    private java.io.InputStream stdin() {
      java.io.InputStream typed =
          new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (!ctrlC) {
        return typed;
      }
      java.io.InputStream keyboard =
          new java.io.InputStream() {
            @Override
            public int read() {
              interrupts.interrupt();
              return -1;
            }
          };
      return new java.io.SequenceInputStream(typed, keyboard);
    }

    public CliRun run(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      PrintWriter outWriter = new PrintWriter(out);
      PrintWriter errWriter = new PrintWriter(err);
      int code;
      try {
        code = Cli.run(environment(), outWriter, errWriter, args);
      } catch (FakeInterrupts.Interrupted e) {
        outWriter.flush();
        errWriter.flush();
        code = 130;
      }
      return new CliRun(code, out.toString(), err.toString());
    }
  }
}
