package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.core.Orientation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand it prints a short orientation. */
@Command(
    name = "genai-vs-llm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Learn how generative AI and large language models differ, with sources.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm compare architecture      the two side by side on one dimension",
      "  genai-vs-llm explain transformer       one concept (plurals, aliases work)",
      "  genai-vs-llm search attention          the entries that mention it, best first",
      "  genai-vs-llm compare --json | jq .     the same knowledge for scripts"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug; run again with --verbose and report it)",
      "2:usage error: unknown option, bad value",
      "3:unknown or ambiguous name (dimension, concept)",
      "4:the content pack is missing or broken",
      "5:a quiz scored below its --pass-mark",
      "6:the progress file is not a regular file of your own in a folder of your own",
      "7:reading or writing failed: output on a full disk or failing device, a file, stdin",
      "130:interrupted with Ctrl-C (a quiz keeps the answers given)",
      "141:output closed early, e.g. by `| head`"
    })
public final class GenaiVsLlmCommand implements Callable<Integer> {
  /**
   * The subcommands by name, in the order help lists them. They are added by {@link Cli}, not by
   * the annotation, so that a command line naming one builds only that one: picocli's model of a
   * command costs start-up time, and so does reading a class's annotations just to learn its name
   * (docs/adr/0006-start-up.md). A test checks the names match the annotations.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    byName.put("compare", CompareCommand.class);
    byName.put("explain", ExplainCommand.class);
    byName.put("ask", AskCommand.class);
    byName.put("search", SearchCommand.class);
    byName.put("sources", SourcesCommand.class);
    byName.put("quiz", QuizCommand.class);
    byName.put("recommend", RecommendCommand.class);
    byName.put("map", MapCommand.class);
    byName.put("timeline", TimelineCommand.class);
    byName.put("handout", HandoutCommand.class);
    byName.put("lint", LintCommand.class);
    byName.put("init-pack", InitPackCommand.class);
    byName.put("eval", EvalCommand.class);
    byName.put("completion", CompletionCommand.class);
    byName.put("man", ManCommand.class);
    return java.util.Collections.unmodifiableMap(byName);
  }

  static final List<Orientation.Entry> EXAMPLES =
      List.of(
          new Orientation.Entry(
              "genai-vs-llm compare architecture", "the two side by side on one dimension"),
          new Orientation.Entry(
              "genai-vs-llm explain \"stable diffusion\"", "one concept, at your level"),
          new Orientation.Entry(
              "genai-vs-llm compare --json | jq '.dimensions[].id'",
              "the same knowledge for scripts"));

  private final ContentRepository content;

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On error, print the stack trace too.")
  private boolean verbose;

  public GenaiVsLlmCommand(ContentRepository content) {
    this.content = content;
  }

  @Override
  public Integer call() {
    List<Orientation.Entry> commands =
        spec.subcommands().values().stream()
            .filter(c -> !c.getCommandSpec().usageMessage().hidden())
            .map(
                c ->
                    new Orientation.Entry(
                        c.getCommandName(),
                        String.join(" ", c.getCommandSpec().usageMessage().description())))
            .toList();
    Orientation orientation = new Orientation(content.pack(), commands, EXAMPLES);
    output.print(r -> r.orientation(orientation));
    return ExitCode.OK;
  }
}
