package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.core.DimensionList;
import dev.genaivsllm.core.Orientation;

/** Output for scripts: one JSON document per invocation, never coloured. */
final class JsonRenderer implements Renderer {
  private final ComparisonJson comparisons = new ComparisonJson();

  @Override
  public String comparison(Comparison comparison) {
    return comparisons.render(comparison);
  }

  @Override
  public String dimensionList(DimensionList list) {
    return comparisons.render(list);
  }

  @Override
  public String orientation(Orientation orientation) {
    JsonWriter json =
        ComparisonJson.header("orientation", orientation.pack())
            .field("answer", orientation.pack().description());
    entries(json.name("commands"), orientation.commands());
    entries(json.name("examples"), orientation.examples());
    return json.endObject().toString();
  }

  private static void entries(JsonWriter json, java.util.List<Orientation.Entry> entries) {
    json.beginArray();
    for (Orientation.Entry e : entries) {
      json.beginObject().field("name", e.name()).field("description", e.description()).endObject();
    }
    json.endArray();
  }
}
