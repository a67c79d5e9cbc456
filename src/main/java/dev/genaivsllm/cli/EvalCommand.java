package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.EvalSetReader;
import dev.genaivsllm.core.EvalService;
import dev.genaivsllm.core.Evaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval}: how well {@code ask} or {@code recommend} understands the questions or goals of an
 * evaluation file (eval/README.md), for whoever writes phrasings, lexicons or rules.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure how well ask or recommend understands an evaluation file.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm eval eval/ask-tuning.yaml",
      "  genai-vs-llm eval eval/recommend-tuning.yaml --json | jq .top1",
      "  genai-vs-llm --content my-course eval my-course-questions.yaml",
      "The file says which command it measures: questions for ask, goals for recommend.",
      "Format and the rules for held-out files: eval/README.md in the source."
    })
public final class EvalCommand implements Callable<Integer> {
  private final EvalService eval;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = "--min-top1",
      paramLabel = "PERCENT",
      description = "Exit with code 5 when fewer cases than this get the right first answer.")
  private Integer minTop1;

  @Parameters(paramLabel = "FILE", description = "The evaluation file (YAML).")
  private Path file;

  public EvalCommand(EvalService eval) {
    this.eval = eval;
  }

  @Override
  public Integer call() {
    if (minTop1 != null && (minTop1 < 0 || minTop1 > 100)) {
      throw new UsageException("--min-top1 must be between 0 and 100, not " + minTop1);
    }
    Evaluation result = eval.evaluate(new EvalSetReader(ContentLimits.DEFAULT).read(file));
    output.print(r -> r.evaluation(result));
    return minTop1 != null && result.top1Rate() * 100 < minTop1
        ? ExitCode.BELOW_PASS_MARK
        : ExitCode.OK;
  }
}
