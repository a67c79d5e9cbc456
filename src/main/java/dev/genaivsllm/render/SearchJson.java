package dev.genaivsllm.render;

import dev.genaivsllm.core.SearchResults;
import dev.genaivsllm.json.JsonWriter;

/** The JSON of {@code search}. */
final class SearchJson {
  String render(SearchResults results) {
    JsonWriter json =
        ComparisonJson.header("search-results", results.pack()).field("query", results.query());
    json.name("hits").beginArray();
    for (SearchResults.Hit hit : results.hits()) {
      json.beginObject()
          .field("kind", hit.kind())
          .field("id", hit.id())
          .field("title", hit.title())
          .name("score")
          .value(hit.score())
          .field("field", hit.field())
          .field("snippet", hit.snippet())
          .field("matched", hit.matched())
          .field("command", hit.command())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }
}
