package dev.genaivsllm.cli;

import dev.genaivsllm.core.HandoutService;
import dev.genaivsllm.render.HandoutHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code handout}: the short answer, the map, the dimensions, the timeline and the sources. */
@Command(
    name = "handout",
    mixinStandardHelpOptions = true,
    description = "Write a one-page-set HTML handout to print or project, with no outside assets.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm handout --output handout.html    then open it, or print it to PDF",
      "  genai-vs-llm handout > handout.html"
    })
public final class HandoutCommand implements Callable<Integer> {
  private final HandoutService handouts;

  @Spec private CommandSpec spec;

  @Mixin private PackOptions packs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the page to this file instead of standard output.")
  private Path output;

  public HandoutCommand(HandoutService handouts) {
    this.handouts = handouts;
  }

  @Override
  public Integer call() {
    String page = new HandoutHtml().render(handouts.handout());
    if (output == null) {
      OutputOptions.write(spec.commandLine().getOut(), page);
    } else {
      write(page);
      spec.commandLine().getErr().println("Wrote " + output + ".");
      spec.commandLine().getErr().flush();
    }
    return ExitCode.OK;
  }

  /** Written beside the target and moved into place, so a failed run leaves no half page. */
  private void write(String page) {
    Path target = output.toAbsolutePath();
    Path temp = null;
    try {
      // Not Files.createTempFile: its file is private to the owner, and a handout is for sharing.
      temp =
          target.resolveSibling(
              "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      Files.writeString(
          temp,
          page,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // the message below is what matters
      }
      throw new InputOutputException("cannot write '" + output + "': " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
