package dev.genaivsllm.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** Assembles the command tree with its factory and error handling; Main and tests both use it. */
public final class Cli {
  private Cli() {}

  /** The whole command tree, as help, completion and the man page need it. */
  public static CommandLine create(Environment environment, PrintWriter out, PrintWriter err) {
    return create(environment, out, err, List.copyOf(GenaiVsLlmCommand.SUBCOMMANDS.values()));
  }

  /**
   * The command tree for one command line: when it names a subcommand, only that subcommand is
   * built (and so only its model is paid for); otherwise all of them.
   */
  static CommandLine forArgs(
      Environment environment, PrintWriter out, PrintWriter err, String... args) {
    for (String arg : args) {
      Class<?> sub = GenaiVsLlmCommand.SUBCOMMANDS.get(arg);
      if (sub != null) {
        return create(environment, out, err, List.of(sub));
      }
      if (arg.equals("--version") || arg.equals("-V")) {
        return create(environment, out, err, List.of());
      }
    }
    return create(environment, out, err);
  }

  private static CommandLine create(
      Environment environment, PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    ErrorHandler errors = new ErrorHandler();
    CommandFactory factory = new CommandFactory(environment);
    CommandLine cmd = new CommandLine(GenaiVsLlmCommand.class, factory);
    subcommands.forEach(cmd::addSubcommand);
    HelpLayout.install(cmd, spec -> OutputOptions.contextFor(spec, environment));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setAbbreviatedOptionsAllowed(false);
    // No @file expansion: an argument that starts with @ is taken as typed. picocli would read the
    // whole file into arguments (@/dev/zero never returned), and nothing here needs long lists.
    cmd.setExpandAtFiles(false);
    return cmd;
  }

  /** Runs one command line and returns its exit code. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    int code = ErrorHandler.finish(out, err, forArgs(environment, out, err, args).execute(args));
    err.flush();
    return code;
  }
}
