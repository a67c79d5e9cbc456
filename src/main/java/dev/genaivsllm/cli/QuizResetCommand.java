package dev.genaivsllm.cli;

import dev.genaivsllm.state.ProgressStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    ProgressStore store =
        new ProgressStore(
            ProgressStore.locate(environment.env(), environment.home()), environment.clock());
    PrintWriter out = spec.commandLine().getOut();
    if (!yes) {
      if (!environment.terminal().stdinIsTerminal()) {
        throw new UsageException("quiz reset asks for confirmation; outside a terminal add --yes");
      }
      out.print("Forget all quiz progress in " + store.file() + "? [y/N] ");
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
        reply =
            new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8))
                .readLine();
      } finally {
        nothingOnCtrlC.close();
      }
      if (reply == null) {
        out.println(); // Ctrl-D: the terminal printed nothing after the question
      }
      if (reply == null || !reply.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
        out.println("Nothing changed.");
        out.flush();
        return ExitCode.OK;
      }
    }
    boolean saved = store.reset();
    store.warnings().forEach(w -> ErrorHandler.warn(spec.commandLine().getErr(), w));
    spec.commandLine().getErr().flush();
    if (saved) {
      out.println("Quiz progress forgotten (" + store.file() + ").");
    }
    out.flush();
    return saved ? ExitCode.OK : ExitCode.INTERNAL;
  }
}
