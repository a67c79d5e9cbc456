package dev.genaivsllm.cli;

import dev.genaivsllm.state.ProgressStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      try {
        reply = new BoundedLines(environment.in(), 100).next();
      } catch (BoundedLines.TooLongException notYes) {
        reply = null;
      }
      if (reply == null || !reply.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
        out.println("Nothing changed.");
        out.flush();
        return ExitCode.OK;
      }
    }
    boolean saved = store.reset();
    store.takeWarnings().forEach(w -> ErrorHandler.warn(spec.commandLine().getErr(), w));
    spec.commandLine().getErr().flush();
    if (saved) {
      out.println("Quiz progress forgotten (" + file + ").");
    }
    out.flush();
    return saved ? ExitCode.OK : ExitCode.INTERNAL;
  }
}
