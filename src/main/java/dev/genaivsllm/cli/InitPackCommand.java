package dev.genaivsllm.cli;

import dev.genaivsllm.render.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code init-pack}: a small, valid, commented content pack to start your own from. */
@Command(
    name = "init-pack",
    mixinStandardHelpOptions = true,
    description = "Create a small example content pack to extend the bundled one.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm init-pack my-pack",
      "  genai-vs-llm --content my-pack explain my-term",
      "  genai-vs-llm lint my-pack"
    })
public final class InitPackCommand implements Callable<Integer> {
  static final List<String> FILES =
      List.of(
          "pack.yaml",
          "sources.yaml",
          "dimensions/my-dimension.yaml",
          "concepts/my-term.yaml",
          "concepts/my-other-term.yaml",
          "quiz/my-dimension.yaml",
          "recommend/families/my-family.yaml");

  private final Clock clock;
  private final Path bundledPack;

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A new (or empty) folder for the pack.")
  private Path dir;

  /**
   * @param bundledPack the bundled pack's folder; the docs sit beside it, in a checkout and in the
   *     installed archive alike
   */
  InitPackCommand(Clock clock, Path bundledPack) {
    this.clock = clock;
    this.bundledPack = bundledPack;
  }

  @Override
  public Integer call() {
    // The folder's name is printed, and written into pack.yaml's comments: a newline there would
    // end the comment and start YAML of the name's choosing, an escape sequence would reach the
    // terminal. Such a name is refused before anything is made.
    if (dir.toString().isBlank() || !Sanitizer.plainLine(dir.toString())) {
      throw new UsageException(
          "the folder '"
              + dir.toString().replace("\n", "\\n").replace("\t", "\\t")
              + "' has control characters (a newline, a tab or an escape) or is empty;"
              + " choose a plain name");
    }
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      throw new UsageException(
          "'" + dir + "' already exists and is not an empty folder; nothing was changed");
    }
    String name = name(dir);
    String today = LocalDate.now(clock).toString();
    for (String file : FILES) {
      Path target = dir.resolve(file);
      String text =
          template(file)
              .replace("PACK_NAME", name)
              .replace("REVIEWED_DATE", today)
              .replace("PACK_FOLDER", shellWord(dir.toString()))
              .replace("CONTENT_GUIDE", contentGuide());
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
      } catch (IOException e) {
        throw new InputOutputException("cannot write " + target + ": " + reason(e));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Created the content pack ").append(name).append(" in ").append(dir).append(":\n");
    FILES.forEach(f -> out.append("  ").append(dir.resolve(f)).append('\n'));
    out.append('\n');
    String word = shellWord(dir.toString());
    out.append("Try it:    genai-vs-llm --content ").append(word).append(" explain my-term\n");
    out.append("Check it:  genai-vs-llm lint ").append(word).append('\n');
    out.append("The template, limits and voice: ").append(contentGuide()).append('\n');
    OutputOptions.write(spec.commandLine().getOut(), out.toString());
    return ExitCode.OK;
  }

  /**
   * Where the content guide is, as a path that works from any folder: the user's folder is not the
   * installation's, so "docs/content-guide.md" alone would point at nothing.
   */
  private String contentGuide() {
    Path parent = bundledPack.toAbsolutePath().normalize().getParent();
    Path guide = parent == null ? null : parent.resolve("docs").resolve("content-guide.md");
    return guide != null && Files.isRegularFile(guide)
        ? guide.toString()
        : "docs/content-guide.md in genai-vs-llm's installation folder";
  }

  /** A path as one word of a shell command, to copy and paste: quoted when it needs it. */
  static String shellWord(String path) {
    return path.matches("[A-Za-z0-9_./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }

  /** The folder's name as a pack id: lower case, words joined by hyphens. */
  static String name(Path dir) {
    Path fileName = dir.toAbsolutePath().normalize().getFileName();
    String raw = fileName == null ? "" : fileName.toString();
    String id =
        raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "my-pack" : id.length() > 40 ? id.substring(0, 40) : id;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Why a file could not be written, in words: the exception's own name says "denied" oddly. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "something is in the way";
    }
    return e.getMessage();
  }

  private static String template(String file) {
    try (InputStream in = InitPackCommand.class.getResourceAsStream("init-pack/" + file)) {
      if (in == null) {
        throw new IllegalStateException("template missing from the program: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the template " + file + " in the program", e);
    }
  }
}
