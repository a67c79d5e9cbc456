package dev.genaivsllm.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.genaivsllm.json.JsonReader;
import dev.genaivsllm.json.JsonWriter;
import java.util.Map;

/** The JSON writer: any string goes out as valid JSON with no raw control character. */
class JsonWriterFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyStringRoundTripsAndNothingRawGetsOut(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    String json = new JsonWriter().beginObject().field("s", text).endObject().toString();
    for (char c : json.toCharArray()) {
      if ((c < 0x20 && c != '\n')
          || (c >= 0x7f && c <= 0x9f)
          || c == 0x2028
          || c == 0x2029
          || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069)) {
        throw new AssertionError("raw U+" + Integer.toHexString(c) + " in " + json);
      }
    }
    Object parsed = ((Map<?, ?>) JsonReader.parse(json)).get("s");
    if (!text.equals(parsed)) {
      throw new AssertionError("the round trip changed the text");
    }
  }

  /** The reader, given anything, parses it or says where it is wrong; nothing else escapes. */
  @FuzzTest(maxDuration = "2m")
  void theReaderOnlyThrowsItsOwnError(FuzzedDataProvider data) {
    try {
      JsonReader.parse(data.consumeRemainingAsString());
    } catch (JsonReader.JsonException expected) {
      // a malformed document, reported
    }
  }
}
