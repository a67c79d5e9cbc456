package dev.genaivsllm.render;

import dev.genaivsllm.core.Need;
import dev.genaivsllm.core.Recommendation;
import dev.genaivsllm.json.JsonWriter;
import dev.genaivsllm.model.Family;
import java.util.ArrayList;
import java.util.List;

/** The JSON of {@code recommend} (kind recommendation). */
final class RecommendJson {
  String render(Recommendation r) {
    JsonWriter json = ComparisonJson.header("recommendation", r.pack());
    json.name("query").beginObject().field("goal", r.request().goal().strip());
    json.field("inputs", r.request().inputs().stream().sorted().map(Enum::name).toList())
        .field("outputs", r.request().outputs().stream().sorted().map(Enum::name).toList())
        .field("needs", r.request().needs().stream().sorted().map(Need::label).toList());
    json.name("signals").beginArray();
    for (Recommendation.Understood u : r.understood()) {
      json.beginObject()
          .field("kind", u.kind())
          .field("id", u.id())
          .field("label", u.label())
          .field("quoted", u.quoted())
          .field("negated", u.negated())
          .endObject();
    }
    json.endArray().endObject();
    frame(json.name("frame"), r.understood());
    json.field("closeCall", r.closeCall());
    json.name("recommendations").beginArray();
    for (Recommendation.Ranked ranked : r.recommendations()) {
      Family f = ranked.family();
      json.beginObject()
          .field("id", f.id())
          .field("title", f.title())
          .field("summary", f.summary())
          .field("generative", f.generative())
          .field("score", ranked.score())
          .field("confidence", ranked.confidence())
          .field("fits", ranked.fits())
          .field("closestExample", ranked.closestExample());
      reasons(json.name("reasons"), ranked.pros());
      List<String> caveats = new ArrayList<>();
      ranked.cons().forEach(c -> caveats.add(c.text()));
      caveats.addAll(f.weaknesses());
      json.field("caveats", caveats)
          .field("examples", f.examples())
          .field("tasks", f.tasks())
          .field("concepts", f.concepts());
      List<String> commands = new ArrayList<>();
      f.concepts().forEach(c -> commands.add("genai-vs-llm explain " + c));
      commands.add("genai-vs-llm compare applications");
      json.field("commands", commands).endObject();
    }
    json.endArray();
    json.name("notRecommended").beginArray();
    for (Recommendation.Ranked rejected : r.notRecommended()) {
      json.beginObject()
          .field("id", rejected.family().id())
          .field("title", rejected.family().title())
          .field("score", rejected.score())
          .field("fits", rejected.fits());
      reasons(json.name("why"), rejected.cons());
      json.endObject();
    }
    json.endArray();
    json.name("pipeline").beginArray();
    int n = 1;
    for (Recommendation.Step step : r.pipeline()) {
      json.beginObject()
          .field("step", n++)
          .field("clause", step.clause())
          .field("family", step.family().id())
          .endObject();
    }
    json.endArray();
    json.name("scores").beginArray();
    for (Recommendation.Ranked ranked : r.ranked()) {
      json.beginObject()
          .field("id", ranked.family().id())
          .field("score", ranked.score())
          .field("fits", ranked.fits())
          .field("closestExample", ranked.closestExample());
      reasons(json.name("reasons"), ranked.reasons());
      json.endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }

  /**
   * The job as understood: kinds that go in and must come out (stated, or implied by a task), kinds
   * named without a direction, tasks, needs, and what was ruled out.
   */
  private static void frame(JsonWriter json, List<Recommendation.Understood> understood) {
    json.beginObject();
    for (String[] part :
        new String[][] {
          {"in", "input"},
          {"out", "output"},
          {"implied", "implied"},
          {"mentioned", "mentioned"},
          {"tasks", "task"},
          {"needs", "need"}
        }) {
      json.field(
          part[0],
          understood.stream()
              .filter(u -> u.kind().equals(part[1]) && !u.negated())
              .map(Recommendation.Understood::id)
              .distinct()
              .toList());
    }
    json.field(
        "ruledOut",
        understood.stream()
            .filter(Recommendation.Understood::negated)
            .map(u -> u.kind() + ":" + u.id())
            .distinct()
            .toList());
    json.endObject();
  }

  private static void reasons(JsonWriter json, List<Recommendation.Reason> reasons) {
    json.beginArray();
    for (Recommendation.Reason reason : reasons) {
      json.beginObject()
          .field("points", reason.points())
          .field("text", reason.text())
          .field("signal", reason.signal())
          .field("quoted", reason.quoted())
          .endObject();
    }
    json.endArray();
  }
}
