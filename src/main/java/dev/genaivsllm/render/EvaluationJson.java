package dev.genaivsllm.render;

import dev.genaivsllm.core.Evaluation;
import dev.genaivsllm.json.JsonWriter;

/** The JSON of {@code eval} (kind {@code evaluation}). */
final class EvaluationJson {
  String render(Evaluation e) {
    JsonWriter json =
        new JsonWriter()
            .beginObject()
            .field("schemaVersion", Renderer.JSON_SCHEMA_VERSION)
            .field("kind", "evaluation")
            .field("file", e.file())
            .field("of", e.kind())
            .field("cases", e.cases())
            .field("answerable", e.answerable())
            .field("outOfScope", e.outOfScope())
            .field("top1", e.top1())
            .field("top3", e.top3())
            .field("outOfScopeRight", e.outOfScopeRight());
    json.name("misses").beginArray();
    for (Evaluation.Miss m : e.misses()) {
      json.beginObject()
          .field("text", m.text())
          .field("expected", m.expected())
          .field("got", m.got())
          .field("inTop3", m.inTop3())
          .endObject();
    }
    json.endArray();
    json.name("confusion").beginArray();
    for (Evaluation.Confusion c : e.confusion()) {
      json.beginObject()
          .field("expected", c.expected())
          .field("got", c.got())
          .field("count", c.count())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }

  /** The same figures as a markdown table, with the misses listed. */
  String markdown(Evaluation e) {
    StringBuilder md =
        new StringBuilder("| ")
            .append(Markdown.cell(e.file()))
            .append(" | cases | right first | in the first three | out of scope said so |\n")
            .append("|---|---|---|---|---|\n")
            .append("| ")
            .append(e.kind())
            .append(" | ")
            .append(e.cases())
            .append(" | ")
            .append(e.top1())
            .append(" | ")
            .append(e.top3())
            .append(" | ")
            .append(e.outOfScopeRight())
            .append(" / ")
            .append(e.outOfScope())
            .append(" |\n");
    if (!e.misses().isEmpty()) {
      md.append("\nMisses:\n\n");
      for (Evaluation.Miss m : e.misses()) {
        md.append("- ")
            .append(Markdown.escape(m.text()))
            .append(": expected `")
            .append(m.expected().isEmpty() ? "none" : String.join(" + ", m.expected()))
            .append("`, got `")
            .append(m.got().isEmpty() ? "none" : String.join(" + ", m.got()))
            .append("`\n");
      }
    }
    return md.toString();
  }
}
