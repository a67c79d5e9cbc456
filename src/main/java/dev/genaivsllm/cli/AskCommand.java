package dev.genaivsllm.cli;

import dev.genaivsllm.core.Answer;
import dev.genaivsllm.core.AskService;
import dev.genaivsllm.core.Level;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask}: a question in plain words, answered from the pack, or honestly not. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description =
        "Ask a question in your own words; get the best answer in the pack, with sources.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm ask why do llms make things up",
      "  genai-vs-llm ask \"gan vs diffusion\"          two concepts side by side",
      "  genai-vs-llm ask is bert generative?          where one concept sits",
      "  genai-vs-llm ask --json how much does training cost | jq -r .answer",
      "Exit code 3 when nothing in the pack answers the question."
    })
public final class AskCommand implements Callable<Integer> {
  private final AskService ask;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description =
          "How deep a concept is explained: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Level level = Level.beginner;

  /**
   * The longest question read, as for a goal ({@link RecommendCommand#MAX_GOAL}): no question needs
   * more, and reading time grows with the length.
   */
  static final int MAX_QUESTION = RecommendCommand.MAX_GOAL;

  @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, in any words.")
  private List<String> words;

  public AskCommand(AskService ask) {
    this.ask = ask;
  }

  @Override
  public Integer call() {
    String question = String.join(" ", words);
    if (question.isBlank()) {
      throw new UsageException("ask needs a question, for example: ask why do llms make things up");
    }
    UsageException.checkLength(
        question, MAX_QUESTION, "a question", "; ask it in a sentence or two");
    Answer answer = ask.ask(question, level);
    output.print(r -> r.answer(answer));
    return ExitCode.OK;
  }
}
