package dev.genaivsllm.render;

import dev.genaivsllm.core.ConceptList;
import dev.genaivsllm.core.Explanation;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Concept;

/** The JSON of {@code explain}: every field of the concept, and its sources in full. */
final class ConceptJson {
  String render(Explanation e) {
    Concept c = e.concept();
    JsonWriter json =
        ComparisonJson.header("concept", e.pack()).field("level", e.level().name()).name("seed");
    if (e.seed().isPresent()) {
      json.value(e.seed().getAsLong());
    } else {
      json.nullValue();
    }
    json.name("concept")
        .beginObject()
        .field("id", c.id())
        .field("title", c.title())
        .field("aliases", c.aliases())
        .field("phrasings", c.phrasings())
        .field("definition", c.definition())
        .field("beginner", c.beginner())
        .field("practitioner", c.practitioner())
        .field("isNot", c.isNot());
    json.name("placement")
        .beginObject()
        .field("side", c.placement().name())
        .field("note", c.placementNote())
        .endObject();
    json.field("related", c.related())
        .field("dimensions", c.dimensions())
        .field("sources", c.sources())
        .field("reviewed", c.reviewed().toString())
        .endObject();
    json.name("sources").beginArray();
    e.sources().forEach(s -> ComparisonJson.source(json, s));
    json.endArray();
    return json.endObject().toString();
  }

  String render(ConceptList list) {
    JsonWriter json = ComparisonJson.header("concept-list", list.pack());
    json.name("concepts").beginArray();
    for (Concept c : list.concepts()) {
      json.beginObject()
          .field("id", c.id())
          .field("title", c.title())
          .field("definition", c.definition())
          .field("side", c.placement().name())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }
}
