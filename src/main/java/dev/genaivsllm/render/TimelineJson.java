package dev.genaivsllm.render;

import dev.genaivsllm.core.TimelineView;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.TimelineEvent;

/**
 * The JSON contract of {@code timeline} (docs/json.md, docs/schema/). Field names and order are
 * part of the contract: add fields at the end of an object, never rename or reorder.
 */
final class TimelineJson {
  String render(TimelineView view) {
    JsonWriter json =
        ComparisonJson.header("timeline", view.pack())
            .field("since", view.since())
            .field("until", view.until());
    json.name("lanes").beginArray();
    for (Lane lane : Lane.values()) {
      json.beginObject().field("id", lane.name()).field("title", lane.title()).endObject();
    }
    json.endArray().name("events").beginArray();
    for (TimelineEvent e : view.events()) {
      json.beginObject()
          .field("id", e.id())
          .field("date", e.date().toString())
          .field("year", e.date().year())
          .field("lane", e.lane().name())
          .field("concept", e.concept())
          .field("title", e.title())
          .field("crossing", e.crossing())
          .field("sources", e.sources())
          .endObject();
    }
    json.endArray().name("sources").beginArray();
    view.sources().forEach(s -> ComparisonJson.source(json, s));
    json.endArray();
    return json.endObject().toString();
  }
}
