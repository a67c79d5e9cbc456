package dev.genaivsllm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code man}: the man page in troff, for the build to ship and for {@code genai-vs-llm man | man
 * -l -} in a checkout. Hidden from help and completion: the page itself is what users look for.
 */
@Command(
    name = "man",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Print the man page, genai-vs-llm(1), in troff: genai-vs-llm man | man -l -")
public final class ManCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec private CommandSpec spec;

  public ManCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var tree = Cli.create(environment, out, spec.commandLine().getErr());
    OutputOptions.write(
        out,
        new ManPage(VersionProvider.programVersion(), VersionProvider.buildDate()).render(tree));
    return ExitCode.OK;
  }
}
