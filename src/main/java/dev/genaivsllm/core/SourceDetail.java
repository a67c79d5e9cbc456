package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Source;
import java.util.List;

/** The result of {@code sources <key>}: one source and every entry that cites it. */
public record SourceDetail(PackInfo pack, Source source, List<Citation> citedBy) {
  /**
   * An entry citing the source.
   *
   * @param kind "dimension" or "concept"
   * @param places where in the entry, such as "LLM point 2" or "misconception 1"
   * @param command the command that shows the entry
   */
  public record Citation(
      String kind, String id, String title, List<String> places, String command) {
    public Citation {
      places = List.copyOf(places);
    }
  }

  public SourceDetail {
    citedBy = List.copyOf(citedBy);
  }
}
