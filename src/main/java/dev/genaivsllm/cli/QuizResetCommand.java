package dev.genaivsllm.cli;

import dev.genaivsllm.state.ProgressStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz reset}: forget all recorded answers, after a confirmation. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = "Forget all recorded quiz progress (asks first; --yes for scripts).")
public final class QuizResetCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  private boolean yes;

  public QuizResetCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    ProgressStore store = ProgressStore.forUser(environment.env(), environment.clock());
    PrintWriter out = spec.commandLine().getOut();
    if (store.file().isEmpty()) {
      ErrorHandler.warn(spec.commandLine().getErr(), ProgressStore.NOWHERE);
      OutputOptions.write(out, "Nothing to forget.\n");
      return ExitCode.OK;
    }
    Path file = store.file().get();
    if (!yes) {
      if (!environment.terminal().stdinIsTerminal()) {
        throw new UsageException("quiz reset asks for confirmation; outside a terminal add --yes");
      }
      out.print("Forget all quiz progress in " + file + "? [y/N] ");
      out.flush();
      String reply;
      Interrupts.Registration nothingOnCtrlC =
          environment
              .interrupts()
              .onInterrupt(
                  () -> {
                    out.println();
                    out.println("Nothing changed.");
                    out.flush();
                  });
      try {
        reply = new BoundedLines(environment.in(), 100).next();
      } catch (BoundedLines.TooLongException notYes) {
        reply = "";
      } finally {
        nothingOnCtrlC.close();
      }
      if (reply == null) {
        out.println(); // Ctrl-D: the terminal printed nothing after the question
      }
      if (reply == null || !reply.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
        OutputOptions.write(out, "Nothing changed.\n");
        return ExitCode.OK;
      }
    }
    boolean saved = store.reset();
    List<String> warnings = store.takeWarnings();
    if (!saved) {
      // forgetting is all this command does: a progress file it could not write is its failure
      throw new InputOutputException(
          "quiz progress not forgotten: "
              + (warnings.isEmpty() ? file.toString() : warnings.get(warnings.size() - 1)));
    }
    warnings.forEach(w -> ErrorHandler.warn(spec.commandLine().getErr(), w));
    OutputOptions.write(out, "Quiz progress forgotten (" + file + ").\n");
    return ExitCode.OK;
  }
}
