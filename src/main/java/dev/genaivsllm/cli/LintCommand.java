package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.content.PackLinter;
import dev.genaivsllm.core.Need;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lint}: every problem in a content pack, with a stable code and where it is. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Check a content pack and list every problem, like a compiler would.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm lint                      the packs in use (bundled, --content)",
      "  genai-vs-llm lint my-pack              a pack of yours, over the bundled one",
      "  genai-vs-llm lint my-pack --ignore GVL017 --json | jq '.problems[].code'",
      "",
      "Exit code 4 when there are errors (warnings alone: 0). Rules: docs/lint-rules.md."
    })
public final class LintCommand implements Callable<Integer> {
  private final PackSelection selection;
  private final Environment environment;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "CODE",
      description = "Do not report this rule (repeatable, or comma-separated), e.g. GVL017.")
  private List<String> ignore = new ArrayList<>();

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "A pack folder to check, laid over the packs in use; none: the packs in use.")
  private Path dir;

  LintCommand(PackSelection selection, Environment environment) {
    this.selection = selection;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Set<String> ignored = new HashSet<>();
    for (String code : ignore) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      if (!c.matches("GVL\\d{3}")) {
        throw new UsageException("--ignore takes rule codes such as GVL017, not '" + code + "'");
      }
      ignored.add(c);
    }
    List<Path> roots = new ArrayList<>(selection.roots());
    if (dir != null && dir.toString().isEmpty()) {
      dir = Path.of("."); // lint '' is the current folder, as lint . is
    }
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        throw new UsageException("'" + dir + "' is not a folder");
      }
      roots.remove(dir);
      roots.add(dir);
    }
    Set<String> needs = new HashSet<>();
    StreamSupport.stream(new Need.Labels().spliterator(), false).forEach(needs::add);
    LintReport report =
        new PackLinter(ContentLimits.DEFAULT, LocalDate.now(environment.clock()), needs)
            .lint(roots, dir, ignored);
    output.print(r -> r.lintReport(report));
    return report.errors() > 0 ? ExitCode.CONTENT : ExitCode.OK;
  }
}
