package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import java.util.List;

/** The result of {@code search}: the hits, best first. */
public record SearchResults(PackInfo pack, String query, List<Hit> hits) {
  /**
   * One entry that matched.
   *
   * @param kind "concept" or "dimension"
   * @param field the field the snippet comes from
   * @param snippet a short excerpt around the best match
   * @param matched the words of the snippet that matched, lower case, for highlighting
   * @param command the command that opens the entry
   */
  public record Hit(
      String kind,
      String id,
      String title,
      double score,
      String field,
      String snippet,
      List<String> matched,
      String command) {
    public Hit {
      matched = List.copyOf(matched);
    }
  }

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
