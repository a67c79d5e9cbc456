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
    private final Map<String, String> env =
        new HashMap<>(Map.of("LANG", "C.UTF-8", "HOME", "/nonexistent-home"));

    private Path pack = Packs.fixture();
    private FakeTerminal terminal = FakeTerminal.pipe();
    private java.util.function.Supplier<java.io.InputStream> stdin =
        () -> java.io.InputStream.nullInputStream();

    /** What {@link #stdin(String)} gave, typed line by line when stdin is a terminal. */
    private String typed = "";

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
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      this.stdin = () -> new java.io.ByteArrayInputStream(bytes);
      this.typed = text;
      return this;
    }

    /** Standard input that repeats {@code text} for ever, as {@code yes} gives it. */
    public Builder stdinForEver(String text) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      this.stdin =
          () ->
              new java.io.InputStream() {
                private long at;

                @Override
                public int read() {
                  return bytes[(int) (at++ % bytes.length)] & 0xff;
                }
              };
      return this;
    }

    /**
     * Ctrl-C once standard input has been read to its end, instead of the end (Ctrl-D); on a
     * terminal, echoed as {@code ^C}.
     */
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

    /** The environment a run gets: fixed clock and randomness, the fixture pack by default. */
    public Environment environment() {
      return environment(new StringWriter());
    }

    /**
     * @param screen where a terminal echoes what is typed, when stdin is one
     */
    private Environment environment(java.io.Writer screen) {
      return new Environment(
          env, pack, nodeCache, terminal, CLOCK, stdin(screen), () -> 4242, pager, interrupts);
    }

    /**
     * What is typed: on a terminal, echoed line by line as it is read, then Ctrl-D or Ctrl-C; from
     * a pipe, all of it at once.
     */
    private java.io.InputStream stdin(java.io.Writer screen) {
      Runnable interrupt = ctrlC ? interrupts::interrupt : null;
      if (terminal.stdinIsTerminal()) {
        return new TypedInput(typed, screen, interrupt);
      }
      java.io.InputStream piped = stdin.get();
      if (interrupt == null) {
        return piped;
      }
      java.io.InputStream keyboard =
          new java.io.InputStream() {
            @Override
            public int read() {
              interrupt.run();
              return -1;
            }
          };
      return new java.io.SequenceInputStream(piped, keyboard);
    }

    public CliRun run(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      PrintWriter outWriter = new PrintWriter(out);
      PrintWriter errWriter = new PrintWriter(err);
      int code;
      try {
        code = Cli.run(environment(outWriter), outWriter, errWriter, args);
      } catch (FakeInterrupts.Interrupted e) {
        outWriter.flush();
        errWriter.flush();
        code = 130;
      }
      return new CliRun(code, out.toString(), err.toString());
    }
  }
}
