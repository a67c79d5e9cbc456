package dev.genaivsllm.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which content packs are in use: the bundled one, then those in {@code $GENAI_VS_LLM_CONTENT},
 * then every {@code --content} given on the command line, later ones on top. Decided after the
 * command line is parsed, when content is first needed.
 */
final class PackSelection {
  /** Packs to layer over the bundled one, separated like PATH. */
  static final String ENV = "GENAI_VS_LLM_CONTENT";

  private final Path bundled;
  private final Map<String, String> env;
  private final List<PackOptions> options = new ArrayList<>();

  PackSelection(Path bundled, Map<String, String> env) {
    this.bundled = bundled;
    this.env = env;
  }

  void register(PackOptions packOptions) {
    options.add(packOptions);
  }

  /** The pack folders, bottom first. */
  List<Path> roots() {
    List<Path> given = new ArrayList<>();
    for (String part : env.getOrDefault(ENV, "").split(File.pathSeparator)) {
      if (!part.isBlank()) {
        given.add(Path.of(part));
      }
    }
    boolean only = false;
    for (PackOptions o : options) {
      given.addAll(o.content());
      only |= o.contentOnly();
    }
    if (only && given.isEmpty()) {
      throw new UsageException("--content-only needs at least one --content DIR");
    }
    List<Path> roots = new ArrayList<>();
    if (!only) {
      roots.add(bundled);
    }
    roots.addAll(given);
    return roots;
  }

  Path bundled() {
    return bundled;
  }
}
