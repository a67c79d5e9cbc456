package dev.genaivsllm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: the shell completion script, generated from the whole command tree by
 * picocli, with the content's dimension, concept and source ids as values to complete.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh: commands, options and ids.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(genai-vs-llm completion bash)     this bash session",
      "  echo 'source <(genai-vs-llm completion bash)' >> ~/.bashrc",
      "  echo 'source <(genai-vs-llm completion zsh)' >> ~/.zshrc",
      "",
      "The archive from mvn package also holds the scripts, ready made, in completion/."
    })
public final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is for (zsh runs the bash script through bashcompinit). */
  public enum Shell {
    bash,
    zsh
  }

  private final Environment environment;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
  private Shell shell;

  public CompletionCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CommandLine tree = Cli.create(environment, out, spec.commandLine().getErr());
    OutputOptions.write(out, AutoComplete.bash(tree.getCommandName(), tree));
    return ExitCode.OK;
  }
}
