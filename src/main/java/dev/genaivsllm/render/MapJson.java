package dev.genaivsllm.render;

import dev.genaivsllm.core.FieldMapView;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.MapRegion;

/**
 * The JSON contract of {@code map} (docs/json.md, docs/schema/). Field names and order are part of
 * the contract: add fields at the end of an object, never rename or reorder.
 */
final class MapJson {
  String render(FieldMapView view) {
    JsonWriter json = ComparisonJson.header("map", view.pack());
    json.name("regions").beginArray();
    for (MapRegion r : view.map().regions()) {
      Concept c = view.concept(r.id());
      json.beginObject()
          .field("id", r.id())
          .field("title", c.title())
          .field("side", c.placement().name())
          .field("in", r.in())
          .field("overlaps", r.overlaps())
          .field("note", r.note())
          .field("sources", r.sources())
          .endObject();
    }
    json.endArray().name("members").beginArray();
    for (MapMember m : view.map().members()) {
      Concept c = view.concept(m.id());
      json.beginObject()
          .field("id", m.id())
          .field("title", c.title())
          .field("side", c.placement().name())
          .field("in", m.in())
          .field("under", m.under())
          .field("note", m.note())
          .field("crossing", m.crossing())
          .field("sources", m.sources())
          .endObject();
    }
    json.endArray().name("sources").beginArray();
    view.sources().forEach(s -> ComparisonJson.source(json, s));
    json.endArray();
    return json.endObject().toString();
  }
}
