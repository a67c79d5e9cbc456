package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.JsonSchemaCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code search} and {@code sources} through the real command tree. */
class SearchAndSourcesCommandTest {
  private static List<String> ids(String json) {
    List<String> ids = new ArrayList<>();
    JsonSchemaCheck.parse(json).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void searchRanksNamesAboveMentions() {
    List<String> hits = ids(CliRun.run("search", "attention", "--json").out());
    assertEquals("self-attention", hits.get(0));
    assertEquals(
        java.util.Set.of("architecture", "transformer"), java.util.Set.copyOf(hits.subList(1, 3)));
  }

  @Test
  void searchForgivesPluralsAndTypos() {
    assertEquals("transformer", ids(CliRun.run("search", "transformers", "--json").out()).get(0));
    assertEquals(
        "vae", ids(CliRun.run("search", "variational", "autoencodr", "--json").out()).get(0));
  }

  @Test
  void searchLimitCapsTheHits() {
    assertEquals(1, ids(CliRun.run("search", "attention", "--limit", "1", "--json").out()).size());
    assertEquals(ExitCode.USAGE, CliRun.run("search", "attention", "--limit", "0").exitCode());
  }

  @Test
  void noHitsIsAMessageOnStderrAndExitCode3() {
    CliRun run = CliRun.run("search", "quantum", "chromodynamics");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("genai-vs-llm: nothing matches 'quantum chromodynamics'"),
        run::toString);
  }

  @Test
  void searchNeedsWords() {
    assertEquals(ExitCode.USAGE, CliRun.run("search").exitCode());
  }

  @Test
  void sourcesFindsAKeyByPrefixOrArxivIdAndSaysWhoCitesIt() {
    String byKey = CliRun.run("sources", "vaswani2017").out();
    assertEquals(byKey, CliRun.run("sources", "vaswani").out());
    assertEquals(byKey, CliRun.run("sources", "1706.03762").out());
    assertTrue(byKey.contains("compare architecture"), byKey);
    assertTrue(byKey.contains("explain transformer"), byKey);
  }

  @Test
  void unknownSourceSuggestsTheKey() {
    CliRun run = CliRun.run("sources", "vaswani2018");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals(
        "genai-vs-llm: unknown source 'vaswani2018'; did you mean 'vaswani2017'?\n", run.err());
  }

  @Test
  void anUnknownSourceWithNothingCloseSaysHowToListThemAll() {
    CliRun run = CliRun.run("sources", "zzzzzzzzzz");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals(
        "genai-vs-llm: unknown source 'zzzzzzzzzz' (list them with 'genai-vs-llm sources')\n",
        run.err());
    assertTrue(CliRun.run("compare", "zzzzzzzzzz").err().contains("'genai-vs-llm compare --list'"));
  }

  @Test
  void sourcesListsTheWholeBibliography() {
    String out = CliRun.run("sources").out();
    assertEquals(5, out.lines().filter(l -> !l.startsWith(" ")).count(), out);
  }
}
