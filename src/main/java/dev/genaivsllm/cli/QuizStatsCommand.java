package dev.genaivsllm.cli;

import dev.genaivsllm.core.QuizService;
import dev.genaivsllm.state.ProgressStore;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code quiz stats}: accuracy per dimension and difficulty, the boxes, what is due. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show your quiz progress: accuracy, Leitner boxes and what is due.")
public final class QuizStatsCommand implements Callable<Integer> {
  private final QuizService quiz;
  private final Environment environment;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  public QuizStatsCommand(QuizService quiz, Environment environment) {
    this.quiz = quiz;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ProgressStore store = ProgressStore.forUser(environment.env(), environment.clock());
    var stats =
        quiz.stats(
            store.read(),
            LocalDate.now(environment.clock()),
            store.file().map(Object::toString).orElse(""));
    store.takeWarnings().forEach(w -> ErrorHandler.warn(spec.commandLine().getErr(), w));
    output.print(r -> r.quizStats(stats));
    return ExitCode.OK;
  }
}
