package dev.genaivsllm.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Assembles the command tree with its factory and error handling; Main and tests both use it. */
public final class Cli {
  private Cli() {}

  public static CommandLine create(Environment environment, PrintWriter out, PrintWriter err) {
    ErrorHandler errors = new ErrorHandler();
    CommandLine cmd = new CommandLine(GenaiVsLlmCommand.class, new CommandFactory(environment));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setAbbreviatedOptionsAllowed(false);
    return cmd;
  }

  /** Runs one command line and returns its exit code. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    int code = create(environment, out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
