package dev.genaivsllm.cli;

import dev.genaivsllm.core.MapService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code map}: where generative AI, LLMs and the model families sit, as one picture. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = "Draw the map of the field: generative AI, LLMs and the families between them.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  genai-vs-llm map                       boxes, coloured by side",
      "  genai-vs-llm map --width 60            stacked for a narrow terminal",
      "  genai-vs-llm map --format svg > map.svg",
      "  genai-vs-llm map --format markdown     a Mermaid diagram for a README",
      "  genai-vs-llm explain bert              every label is a concept"
    })
public final class MapCommand implements Callable<Integer> {
  private final MapService maps;

  @Mixin private OutputOptions output;

  @Mixin private PackOptions packs;

  public MapCommand(MapService maps) {
    this.maps = maps;
  }

  @Override
  public Integer call() {
    var map = maps.map();
    output.print(r -> r.map(map));
    return ExitCode.OK;
  }
}
