package dev.genaivsllm.render;

import dev.genaivsllm.core.SourceDetail;
import dev.genaivsllm.core.SourceList;
import dev.genaivsllm.json.JsonWriter;

/** The JSON of {@code sources}. */
final class SourcesJson {
  String render(SourceList list) {
    JsonWriter json = ComparisonJson.header("source-list", list.pack());
    json.field("sort", list.order().name());
    json.name("sources").beginArray();
    list.sources().forEach(s -> ComparisonJson.source(json, s));
    json.endArray();
    return json.endObject().toString();
  }

  String render(SourceDetail detail) {
    JsonWriter json = ComparisonJson.header("source", detail.pack());
    ComparisonJson.source(json.name("source"), detail.source());
    json.name("citedBy").beginArray();
    for (SourceDetail.Citation c : detail.citedBy()) {
      json.beginObject()
          .field("kind", c.kind())
          .field("id", c.id())
          .field("title", c.title())
          .field("places", c.places())
          .field("command", c.command())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }
}
