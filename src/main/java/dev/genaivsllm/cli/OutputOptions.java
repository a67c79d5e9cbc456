package dev.genaivsllm.cli;

import dev.genaivsllm.render.ColorMode;
import dev.genaivsllm.render.Glyphs;
import dev.genaivsllm.render.OutputFormat;
import dev.genaivsllm.render.RenderContext;
import dev.genaivsllm.render.Renderer;
import dev.genaivsllm.render.Theme;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output options every result-printing command shares: format, colour, width, glyphs and
 * paging. The one place that turns them, with the environment, into a renderer and prints its
 * output. Given before the command ({@code genai-vs-llm --json compare}), they count for it as
 * well: an option the command itself was not given is taken from the command above it.
 */
public final class OutputOptions {
  private static final int PIPED_WIDTH = 80;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); svg draws map"
              + " and timeline.")
  private OutputFormat format = OutputFormat.text;

  @Option(names = "--json", description = "Shortcut for --format json.")
  private boolean json;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
              + "auto colours only a terminal, and honours NO_COLOR and TERM=dumb.")
  private ColorMode color = ColorMode.auto;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description =
          "Wrap text output and help to this many columns (default: $COLUMNS, else the "
              + "terminal's width, else 80).")
  private Integer width;

  @Option(
      names = "--ascii",
      description =
          "Draw with ASCII only: borders, bullets, ticks, arrows (the default when the locale's "
              + "charset is not UTF-8).")
  private boolean ascii;

  @Option(
      names = "--no-pager",
      description =
          "Print long output straight to the terminal, not through $PAGER (default: less -FRX).")
  private boolean noPager;

  private final Environment environment;

  public OutputOptions(Environment environment) {
    this.environment = environment;
  }

  /** Renders a result in the chosen format and prints it. */
  public void print(Function<Renderer, String> result) {
    print(result.apply(Renderer.of(format(), context())));
  }

  private OutputFormat format() {
    OutputOptions above = above();
    if (above != null && !given("--format") && !given("--json")) {
      return above.format();
    }
    if (json && format != OutputFormat.text && format != OutputFormat.json) {
      throw new UsageException("--json and --format " + format + " contradict each other");
    }
    return json ? OutputFormat.json : format;
  }

  /** Refuses a non-text format for output that only makes sense as text. */
  public void requireText(String what) {
    if (format() != OutputFormat.text) {
      throw new UsageException("--format " + format() + " does not fit " + what);
    }
  }

  /** The theme, width and terminal facts text output is drawn with. */
  public RenderContext context() {
    boolean terminal = environment.terminal().stdoutIsTerminal();
    Theme theme = color().enabled(environment.env(), terminal) ? Theme.colored() : Theme.plain();
    return new RenderContext(theme, columns(terminal), terminal, glyphs());
  }

  /**
   * What a command's help is drawn with: its output options when it has them (so {@code --width}
   * and {@code --color} apply to help too), else what the environment says.
   */
  static RenderContext contextFor(CommandSpec spec, Environment environment) {
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof OutputOptions options) {
        try {
          return options.context();
        } catch (UsageException e) {
          break; // a --width out of bounds: help still shows, at the natural width
        }
      }
    }
    return new OutputOptions(environment).context();
  }

  /** ASCII when asked for, or when the locale's charset is not UTF-8. */
  private Glyphs glyphs() {
    return Glyphs.of(ascii() || !environment.utf8Locale());
  }

  private ColorMode color() {
    OutputOptions above = above();
    return above != null && !given("--color") ? above.color() : color;
  }

  private boolean ascii() {
    OutputOptions above = above();
    return ascii || above != null && above.ascii();
  }

  private boolean noPager() {
    OutputOptions above = above();
    return noPager || above != null && above.noPager();
  }

  private Integer width() {
    OutputOptions above = above();
    return width == null && above != null ? above.width() : width;
  }

  /** The output options of the command this one runs under, if it has them. */
  private OutputOptions above() {
    CommandSpec parent = mixee == null ? null : mixee.parent();
    if (parent == null) {
      return null;
    }
    for (CommandSpec mixin : parent.mixins().values()) {
      if (mixin.userObject() instanceof OutputOptions options) {
        return options;
      }
    }
    return null;
  }

  /** Whether this command's own arguments gave the option. */
  private boolean given(String name) {
    var line = mixee == null ? null : mixee.commandLine();
    var parsed = line == null ? null : line.getParseResult();
    return parsed != null && parsed.hasMatchedOption(name);
  }

  private int columns(boolean terminal) {
    Integer width = width();
    if (width != null) {
      if (width < 20 || width > 1000) {
        throw new UsageException("--width must be between 20 and 1000, not " + width);
      }
      return width;
    }
    try {
      int fromEnv = Integer.parseInt(environment.env().getOrDefault("COLUMNS", ""));
      if (fromEnv >= 20) {
        return fromEnv;
      }
    } catch (NumberFormatException e) {
      // COLUMNS unset or not a number: ask the terminal.
    }
    return terminal ? environment.terminal().stdoutColumns().orElse(PIPED_WIDTH) : PIPED_WIDTH;
  }

  private void print(String text) {
    PrintWriter out = mixee.commandLine().getOut();
    out.flush();
    var pager = PagerPolicy.command(environment.env(), environment.terminal(), noPager(), text);
    if (pager.isPresent()) {
      if (environment.pager().show(pager.get(), text, glyphs().charset())) {
        return;
      }
      ErrorHandler.warn(
          mixee.commandLine().getErr(),
          "the pager '" + pager.get() + "' could not be run; set PAGER, or use --no-pager");
    }
    write(out, text);
  }

  /**
   * Prints and flushes; a reader that has gone ({@code | head -1}) ends the command, which {@link
   * ErrorHandler} turns into exit code 141 without a word, and output that cannot be written (a
   * full disk) ends it with exit code 7 and one line. Every command's output goes through here.
   */
  static void write(PrintWriter out, String text) {
    out.print(text);
    out.flush();
    if (out.checkError()) {
      throw ErrorHandler.outputFailure(out);
    }
  }
}
