package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import java.util.List;

/**
 * What the program prints when run with no command: what it is, the short answer, the commands and
 * a few examples.
 */
public record Orientation(PackInfo pack, List<Entry> commands, List<Entry> examples) {
  /** A command or an example, with a one-line description. */
  public record Entry(String name, String description) {}

  public Orientation {
    commands = List.copyOf(commands);
    examples = List.copyOf(examples);
  }
}
