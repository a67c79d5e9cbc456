package dev.genaivsllm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose content packs, shared by every command that reads content. */
public final class PackOptions {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      description =
          "Layer this content pack over the bundled one (repeatable; later ones win; also"
              + " $GENAI_VS_LLM_CONTENT).")
  private List<Path> content = new ArrayList<>();

  @Option(names = "--content-only", description = "Leave the bundled pack out; use --content only.")
  private boolean contentOnly;

  PackOptions(PackSelection selection) {
    selection.register(this);
  }

  List<Path> content() {
    return content;
  }

  boolean contentOnly() {
    return contentOnly;
  }
}
