package dev.genaivsllm.render;

import dev.genaivsllm.core.Answer;
import dev.genaivsllm.core.ConceptPair;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;

/**
 * The JSON of {@code ask} (kind {@code answer}) and {@code explain X vs Y} (kind {@code
 * concept-pair}).
 */
final class AnswerJson {
  String render(Answer a) {
    JsonWriter json =
        ComparisonJson.header("answer", a.pack())
            .field("question", a.question())
            .field("answer", a.kind().name())
            .field("level", a.level().name())
            .name("score")
            .value(Math.round(a.score() * 1000) / 1000.0);
    json.name("concepts").beginArray();
    a.concepts().forEach(c -> concept(json, c));
    json.endArray();
    json.name("dimension");
    if (a.dimension().isPresent()) {
      dimension(json, a.dimension().get());
    } else {
      json.nullValue();
    }
    json.name("misconception");
    if (a.misconception().isPresent()) {
      Misconception m = a.misconception().get();
      json.beginObject()
          .field("claim", m.claim())
          .field("correction", m.correction())
          .field("sources", m.sources())
          .endObject();
    } else {
      json.nullValue();
    }
    json.name("seeAlso").beginArray();
    for (Answer.SeeAlso s : a.seeAlso()) {
      json.beginObject()
          .field("kind", s.kind())
          .field("id", s.id())
          .field("title", s.title())
          .field("command", s.command())
          .endObject();
    }
    json.endArray();
    json.name("readAs").beginArray();
    for (Answer.ReadAs r : a.corrections()) {
      json.beginObject().field("typed", r.typed()).field("as", r.as()).endObject();
    }
    json.endArray();
    json.field("terms", a.terms());
    json.name("sources").beginArray();
    a.sources().forEach(s -> ComparisonJson.source(json, s));
    json.endArray();
    return json.endObject().toString();
  }

  String render(ConceptPair pair) {
    JsonWriter json = ComparisonJson.header("concept-pair", pair.pack());
    json.name("concepts").beginArray();
    concept(json, pair.first());
    concept(json, pair.second());
    json.endArray();
    json.name("sources").beginArray();
    pair.sources().forEach(s -> ComparisonJson.source(json, s));
    json.endArray();
    return json.endObject().toString();
  }

  private static void concept(JsonWriter json, Concept c) {
    json.beginObject()
        .field("id", c.id())
        .field("title", c.title())
        .field("definition", c.definition())
        .field("beginner", c.beginner())
        .field("practitioner", c.practitioner())
        .field("isNot", c.isNot());
    json.name("placement")
        .beginObject()
        .field("side", c.placement().name())
        .field("note", c.placementNote())
        .endObject();
    json.field("command", "explain " + c.id()).field("sources", c.sources()).endObject();
  }

  private static void dimension(JsonWriter json, Dimension d) {
    json.beginObject()
        .field("id", d.id())
        .field("title", d.title())
        .field("question", d.question())
        .field("summary", d.summary());
    json.name("genai").beginObject().field("summary", d.genai().summary()).endObject();
    json.name("llm").beginObject().field("summary", d.llm().summary()).endObject();
    json.field("command", "compare " + d.id()).field("sources", d.sources()).endObject();
  }
}
