package dev.genaivsllm.render;

import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.content.Problem;
import dev.genaivsllm.json.JsonWriter;

/** The JSON of {@code lint} (kind lint-report). */
final class LintJson {
  String render(LintReport report) {
    JsonWriter json =
        new JsonWriter()
            .beginObject()
            .field("schemaVersion", Renderer.JSON_SCHEMA_VERSION)
            .field("kind", "lint-report")
            .field("packs", report.packs().stream().map(Object::toString).toList())
            .field("errors", report.errors())
            .field("warnings", report.warnings());
    json.name("problems").beginArray();
    for (Problem p : report.problems()) {
      json.beginObject()
          .field("file", p.file())
          .field("line", p.line())
          .field("column", p.column())
          .field("field", p.field())
          .field("code", p.rule().code())
          .field("severity", p.rule().warning() ? "warning" : "error")
          .field("message", p.message())
          .endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }
}
