package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every JSON document, over the fixture and the real pack, validates against the schema. */
class JsonContractTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare",
        "compare architecture",
        "compare arch data",
        "compare --list",
        "",
        "explain transformer",
        "explain --random --seed 1",
        "explain --list",
        "search attention",
        "ask what is attention",
        "ask self attention vs transformer",
        "explain gan vs vae",
        "sources",
        "sources vaswani2017",
        "quiz --seed 3 --count 5 --no-save --answers a,b,a,true,ab",
        "quiz stats",
        "recommend summarise emails then make photos",
        "lint",
        "map",
        "timeline",
        "timeline --since 2015 --until 2018"
      })
  void fixtureOutputValidates(String args) {
    check(CliRun.run(argv(args + " --json")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare",
        "compare architecture",
        "compare --list",
        "",
        "explain transformer",
        "explain --list",
        "search attention",
        "ask why do llms make things up",
        "ask is bert generative",
        "ask gan vs diffusion",
        "ask what does it cost to train generative ai vs llms",
        "explain rag vs fine-tuning",
        "eval eval/ask-tuning.yaml",
        "sources",
        "sources vaswani2017",
        "quiz --count 5 --seed 7 --no-save --answers a,b,a,true,c",
        "quiz stats",
        "recommend transcribe a meeting then summarise it",
        "recommend answer questions about our HR policies with citations",
        "map",
        "timeline"
      })
  void realPackOutputValidates(String args) {
    check(CliRun.with().pack(Packs.real()).run(argv(args + " --json")));
  }

  @Test
  void fullComparisonCarriesEveryDimensionAndResolvedSources() {
    JsonNode doc =
        JsonSchemaCheck.parse(CliRun.with().pack(Packs.real()).run("compare", "--json").out());
    assertEquals(1, doc.get("schemaVersion").asInt());
    assertEquals("comparison", doc.get("kind").asText());
    assertTrue(doc.get("dimensions").size() >= 14);
    List<String> keys = new ArrayList<>();
    doc.get("sources").forEach(s -> keys.add(s.get("key").asText()));
    for (JsonNode d : doc.get("dimensions")) {
      for (JsonNode key : d.get("sources")) {
        assertTrue(keys.contains(key.asText()), () -> "unresolved " + key + " in " + d.get("id"));
      }
    }
  }

  @Test
  void fieldOrderIsStable() {
    JsonNode doc = JsonSchemaCheck.parse(CliRun.run("compare", "data", "--json").out());
    List<String> names = new ArrayList<>();
    doc.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("schemaVersion", "kind", "pack", "dimensions", "sources"), names);
    List<String> dimension = new ArrayList<>();
    doc.get("dimensions").get(0).fieldNames().forEachRemaining(dimension::add);
    assertEquals(
        List.of(
            "id",
            "title",
            "question",
            "summary",
            "aliases",
            "phrasings",
            "genai",
            "llm",
            "nuance",
            "misconceptions",
            "concepts",
            "sources",
            "reviewed"),
        dimension);
  }

  @Test
  void aLintReportWithProblemsValidates() {
    CliRun run =
        CliRun.run(
            "lint", "--content-only", "--content", "src/test/resources/broken-pack", "--json");
    assertEquals(Set.of(), JsonSchemaCheck.violations(run.out()), run.out());
  }

  private static void check(CliRun run) {
    assertEquals(0, run.exitCode(), run::toString);
    Set<?> violations = JsonSchemaCheck.violations(run.out());
    assertEquals(Set.of(), violations, run.out());
  }

  private static String[] argv(String args) {
    return args.isBlank() ? new String[0] : args.strip().split("\\s+");
  }
}
