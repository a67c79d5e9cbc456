package dev.genaivsllm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;

/** Validates output against the shipped schema, docs/schema/genai-vs-llm.schema.json. */
public final class JsonSchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private JsonSchemaCheck() {}

  private static JsonSchema load() {
    try (InputStream in =
        Files.newInputStream(Packs.projectRoot().resolve("docs/schema/genai-vs-llm.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the document and returns every schema violation (empty when valid). */
  public static Set<ValidationMessage> violations(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return SCHEMA.validate(node);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }
}
