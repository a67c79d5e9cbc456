package dev.genaivsllm.state;

import dev.genaivsllm.json.JsonReader;
import dev.genaivsllm.json.JsonWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The progress file's format: a small JSON document, versioned like the program's output. */
final class ProgressCodec {
  static final String KIND = "quiz-progress";

  private ProgressCodec() {}

  static String write(Progress progress) {
    JsonWriter json = new JsonWriter().beginObject().field("schemaVersion", 1).field("kind", KIND);
    json.name("questions").beginObject();
    progress
        .entries()
        .forEach(
            (id, e) ->
                json.name(id)
                    .beginObject()
                    .field("box", e.box())
                    .field("seen", e.seen())
                    .field("correct", e.correct())
                    .field("last", e.last().toString())
                    .field("due", e.due().toString())
                    .endObject());
    return json.endObject().endObject().toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not a progress document
   */
  static Progress read(String text) {
    try {
      Map<?, ?> doc = map(JsonReader.parse(text));
      if (!KIND.equals(doc.get("kind")) || !Long.valueOf(1).equals(doc.get("schemaVersion"))) {
        throw new IllegalArgumentException("not a version 1 quiz-progress document");
      }
      Map<String, Progress.Entry> entries = new LinkedHashMap<>();
      for (Map.Entry<?, ?> q : map(doc.get("questions")).entrySet()) {
        Map<?, ?> e = map(q.getValue());
        int box = number(e.get("box"));
        if (box < 1 || box > Leitner.TOP_BOX) {
          throw new IllegalArgumentException("box out of range for " + q.getKey());
        }
        entries.put(
            (String) q.getKey(),
            new Progress.Entry(
                box,
                number(e.get("seen")),
                number(e.get("correct")),
                LocalDate.parse((String) e.get("last")),
                LocalDate.parse((String) e.get("due"))));
      }
      return new Progress(entries);
    } catch (JsonReader.JsonException
        | ClassCastException
        | NullPointerException
        | DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Map<?, ?> map(Object o) {
    if (o instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException("expected an object");
  }

  private static int number(Object o) {
    if (o instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw new IllegalArgumentException("expected a count");
  }
}
