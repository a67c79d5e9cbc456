package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentException;
import dev.genaivsllm.match.NoMatchException;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.render.Sanitizer;
import dev.genaivsllm.render.UnsupportedFormatException;
import dev.genaivsllm.state.UnsafeStateException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become a message and an exit code: one clear line on stderr, the
 * stack trace only with --verbose, and nothing at all when the reader closed the pipe.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private static final String PROGRAM = "genai-vs-llm: ";

  /**
   * Why output failed: its reader has gone (quietly, 141), or it could not be written (exit code 7,
   * said in one line).
   */
  static RuntimeException outputFailure(PrintWriter out) {
    if (out instanceof ProcessOutput process && process.writeFailure().isPresent()) {
      return new InputOutputException(
          "cannot write the output: " + process.writeFailure().get().getMessage());
    }
    return new OutputClosedException();
  }

  /**
   * The exit code of a finished command line, once its output is flushed: output that could not be
   * written is a failure even when the command returned success (help, --version and usage messages
   * are printed by picocli, which does not check).
   */
  static int finish(PrintWriter out, PrintWriter err, int code) {
    out.flush();
    if (!out.checkError() || code == ExitCode.OUTPUT_CLOSED || code == ExitCode.INPUT_OUTPUT) {
      return code;
    }
    RuntimeException failure = outputFailure(out);
    if (failure instanceof OutputClosedException) {
      return ExitCode.OUTPUT_CLOSED;
    }
    err.println(PROGRAM + Sanitizer.clean(failure.getMessage()));
    err.flush();
    return ExitCode.INPUT_OUTPUT;
  }

  /** A problem that does not stop the command, as one line on stderr. */
  static void warn(PrintWriter err, String warning) {
    err.println(PROGRAM + "warning: " + Sanitizer.clean(warning));
    err.flush();
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String line =
        PROGRAM
            + UsageErrors.message(ex)
            + " (see '"
            + cmd.getCommandSpec().qualifiedName()
            + " --help')";
    cmd.getErr().println(Sanitizer.clean(line));
    cmd.getErr().flush();
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code;
    String message;
    if (ex instanceof OutputClosedException) {
      return ExitCode.OUTPUT_CLOSED;
    } else if (ex instanceof UnknownIdException unknown) {
      code = ExitCode.NOT_FOUND;
      message = unknown.getMessage() + hint(cmd, unknown);
    } else if (ex instanceof NoMatchException noMatch) {
      code = ExitCode.NOT_FOUND;
      message = noMatch.getMessage();
    } else if (ex instanceof ContentException content) {
      code = ExitCode.CONTENT;
      message = "content error: " + content.getMessage();
    } else if (ex instanceof UnsafeStateException unsafe) {
      code = ExitCode.UNSAFE_FILE;
      message = unsafe.getMessage();
    } else if (ex instanceof InputOutputException io) {
      code = ExitCode.INPUT_OUTPUT;
      message = io.getMessage();
    } else if (ex instanceof java.io.UncheckedIOException io) {
      code = ExitCode.INPUT_OUTPUT; // only standard input is read this way
      message = "cannot read standard input: " + io.getCause().getMessage();
    } else if (ex instanceof UsageException || ex instanceof UnsupportedFormatException) {
      code = ExitCode.USAGE;
      message = ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')";
    } else {
      code = ExitCode.INTERNAL;
      message =
          "internal error: "
              + ex
              + (verbose(parsed)
                  ? ""
                  : "; run again with --verbose for details, and please report it");
    }
    err.println(PROGRAM + Sanitizer.clean(message));
    if (verbose(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * Where to see every name of the kind that was not found: the command that lists them, which is
   * not always the command that failed ({@code quiz --topic} takes dimensions and concepts).
   */
  private static String hint(CommandLine cmd, UnknownIdException unknown) {
    if (!(unknown.candidates().isEmpty() || unknown.ambiguous()) || !unknown.hint().isEmpty()) {
      return "";
    }
    List<String> lists =
        switch (unknown.kind()) {
          case "dimension" -> List.of("genai-vs-llm compare --list");
          case "concept" -> List.of("genai-vs-llm explain --list");
          case "source" -> List.of("genai-vs-llm sources --list");
          case "topic (dimension or concept)" ->
              List.of("genai-vs-llm compare --list", "genai-vs-llm explain --list");
          default -> List.of();
        };
    if (lists.isEmpty()) {
      CommandSpec spec = cmd.getCommandSpec();
      if (spec.findOption("--list") == null) {
        return "";
      }
      lists = List.of(spec.qualifiedName() + " --list");
    }
    return " (list them with '" + String.join("' and '", lists) + "')";
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
