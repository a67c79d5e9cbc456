package dev.genaivsllm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesNestedValuesInOrder() {
    String out =
        new JsonWriter()
            .beginObject()
            .field("b", 1)
            .field("a", "x")
            .field("list", List.of("p", "q"))
            .field("none", Optional.empty())
            .name("empty")
            .beginArray()
            .endArray()
            .name("obj")
            .beginObject()
            .field("t", true)
            .endObject()
            .endObject()
            .toString();
    assertEquals(
        """
        {
          "b": 1,
          "a": "x",
          "list": [
            "p",
            "q"
          ],
          "none": null,
          "empty": [],
          "obj": {
            "t": true
          }
        }
        """,
        out);
  }

  @Test
  void escapesEverythingThatCouldBreakJsonOrATerminal() throws Exception {
    String nasty = "q\" b\\ n\n t\t e\u001b[31m d\u007f c1\u0085 bidi\u202e ls\u2028 ok é→";
    String out = new JsonWriter().beginObject().field("s", nasty).endObject().toString();
    JsonNode parsed = JSON.readTree(out);
    assertEquals(nasty, parsed.get("s").asText());
    for (char c : out.toCharArray()) {
      boolean control =
          c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e || c == 0x2028;
      assertEquals(false, control, () -> "raw control character " + (int) c + " in " + out);
    }
  }
}
