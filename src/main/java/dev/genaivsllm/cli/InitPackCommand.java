package dev.genaivsllm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      throw new UsageException(
          "'" + dir + "' already exists and is not an empty folder; nothing was changed");
    }
    String name = name(dir);
    String today = LocalDate.now(clock).toString();
    try {
      for (String file : FILES) {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(
            target,
            template(file)
                .replace("PACK_NAME", name)
                .replace("REVIEWED_DATE", today)
                .replace("PACK_FOLDER", dir.toString())
                .replace("CONTENT_GUIDE", contentGuide()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Created the content pack " + name + " in " + dir + ":");
    FILES.forEach(f -> out.println("  " + dir.resolve(f)));
    out.println();
    out.println("Try it:    genai-vs-llm --content " + dir + " explain my-term");
    out.println("Check it:  genai-vs-llm lint " + dir);
    out.println("The template, limits and voice: " + contentGuide());
    out.flush();
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

  private static String template(String file) throws IOException {
    try (InputStream in = InitPackCommand.class.getResourceAsStream("init-pack/" + file)) {
      if (in == null) {
        throw new IOException("template missing from the program: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
