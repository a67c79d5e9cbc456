package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Statement;
import java.util.List;

/**
 * The JSON contract of {@code compare} (docs/json.md, docs/schema/). Field names and order are part
 * of the contract: add fields at the end of an object, never rename or reorder.
 */
final class ComparisonJson {
  String render(Comparison comparison) {
    JsonWriter json = header("comparison", comparison.pack());
    json.name("dimensions").beginArray();
    comparison.dimensions().forEach(d -> dimension(json, d));
    json.endArray();
    json.name("sources").beginArray();
    comparison.sources().forEach(s -> source(json, s));
    json.endArray();
    return json.endObject().toString();
  }

  String render(DimensionList list) {
    JsonWriter json = header("dimension-list", list.pack());
    json.name("dimensions").beginArray();
    for (Dimension d : list.dimensions()) {
      json.beginObject()
          .field("id", d.id())
          .field("title", d.title())
          .field("question", d.question())
          .field("summary", d.summary())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }

  static JsonWriter header(String kind, PackInfo pack) {
    JsonWriter json =
        new JsonWriter()
            .beginObject()
            .field("schemaVersion", Renderer.JSON_SCHEMA_VERSION)
            .field("kind", kind);
    json.name("pack")
        .beginObject()
        .field("name", pack.name())
        .field("version", pack.version())
        .field("reviewed", pack.reviewed().toString())
        .endObject();
    return json;
  }

  private static void dimension(JsonWriter json, Dimension d) {
    json.beginObject()
        .field("id", d.id())
        .field("title", d.title())
        .field("question", d.question())
        .field("summary", d.summary())
        .field("aliases", d.aliases())
        .field("phrasings", d.phrasings());
    side(json.name("genai"), d.genai());
    side(json.name("llm"), d.llm());
    statements(json.name("nuance"), d.nuance());
    json.name("misconceptions").beginArray();
    for (Misconception m : d.misconceptions()) {
      json.beginObject()
          .field("claim", m.claim())
          .field("correction", m.correction())
          .field("sources", m.sources())
          .endObject();
    }
    json.endArray()
        .field("concepts", d.concepts())
        .field("sources", d.citedKeys())
        .field("reviewed", d.reviewed().toString())
        .endObject();
  }

  private static void side(JsonWriter json, Side side) {
    json.beginObject().field("summary", side.summary());
    statements(json.name("points"), side.points());
    json.endObject();
  }

  private static void statements(JsonWriter json, List<Statement> statements) {
    json.beginArray();
    for (Statement s : statements) {
      json.beginObject().field("text", s.text()).field("sources", s.sources()).endObject();
    }
    json.endArray();
  }

  static void source(JsonWriter json, Source s) {
    json.beginObject()
        .field("key", s.key())
        .field("title", s.title())
        .field("authors", s.authors())
        .field("etal", s.etal())
        .field("year", s.year())
        .field("venue", s.venue())
        .field("arxiv", s.arxiv())
        .field("doi", s.doi())
        .field("url", s.url())
        .field("unverified", s.unverified())
        .field("note", s.note())
        .field("cite", s.shortCite())
        .endObject();
  }
}
