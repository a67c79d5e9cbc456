package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.FakeTerminal;
import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
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
    CliRun blank = CliRun.run("search", " ");
    assertEquals(ExitCode.USAGE, blank.exitCode(), blank::toString);
    assertTrue(blank.err().contains("search needs words"), blank::toString);
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
        "genai-vs-llm: unknown source 'zzzzzzzzzz' (list them with 'genai-vs-llm sources --list')\n",
        run.err());
    assertTrue(CliRun.run("compare", "zzzzzzzzzz").err().contains("'genai-vs-llm compare --list'"));
  }

  @Test
  void sourcesListsTheWholeBibliographyWithACountByFirstAuthor() {
    String out = CliRun.run("sources").out();
    assertTrue(out.startsWith("5 sources, by first author\n\n"), out);
    List<String> keys =
        out.lines().skip(2).filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
    assertEquals(
        List.of("goodfellow2014", "kingma2013", "nist-600-1", "gpt2-card", "vaswani2017"), keys);
  }

  @Test
  void sourcesSortByYearOrKey() {
    assertEquals(
        List.of("kingma2013", "goodfellow2014", "vaswani2017", "gpt2-card", "nist-600-1"),
        keys(CliRun.run("sources", "--sort", "year", "--list")));
    assertEquals(
        List.of("goodfellow2014", "gpt2-card", "kingma2013", "nist-600-1", "vaswani2017"),
        keys(CliRun.run("sources", "--list", "--sort", "key")));
    assertEquals(
        "year",
        JsonSchemaCheck.parse(CliRun.run("sources", "--sort", "year", "--json").out())
            .get("sort")
            .asText());
  }

  private static List<String> keys(CliRun run) {
    assertEquals(0, run.exitCode(), run::toString);
    return run.out().lines().toList();
  }

  @Test
  void listGivesKeysOnePerLineWhenPipedAndShortCitationsOnATerminal() {
    assertEquals(5, keys(CliRun.run("sources", "--list")).size());
    String terminal =
        CliRun.with()
            .terminal(FakeTerminal.tty(80))
            .run("sources", "--list", "--color", "never")
            .out();
    assertTrue(terminal.startsWith("5 sources, by first author\n"), terminal);
    assertTrue(
        terminal.contains("vaswani2017     Vaswani et al. 2017, arXiv:1706.03762\n"), terminal);
    assertEquals(ExitCode.USAGE, CliRun.run("sources", "--list", "vaswani2017").exitCode());
  }

  @Test
  void aSourceIsFoundByItsFirstAuthorOrTitleAndATypoOfEither() {
    String byKey = CliRun.run("sources", "goodfellow2014").out();
    assertEquals(byKey, CliRun.run("sources", "Goodfellow").out());
    assertEquals(byKey, CliRun.run("sources", "generative adversarial nets").out());
    assertTrue(
        CliRun.run("sources", "goodfelow").err().contains("did you mean 'goodfellow2014'?"),
        CliRun.run("sources", "goodfelow").err());
  }

  /** Every link is written one way: in angle brackets, after the identifier if there is one. */
  @Test
  void everyLinkIsWrittenOneWay() {
    String out =
        CliRun.with().terminal(FakeTerminal.tty(200)).run("sources", "--color", "never").out();
    assertTrue(
        out.contains("OpenAI. 2019. GPT-2 model card. <https://github.com/openai/gpt-2>"), out);
    assertTrue(
        out.replaceAll("\\s+", " ").contains("arXiv:1706.03762 <https://arxiv.org/abs/1706.03762>"),
        out);
    for (String line : out.lines().toList()) {
      assertTrue(line.replaceAll("<https://[^>]+>", "").indexOf("https://") < 0, line);
    }
  }

  /** "OpenAI 2022, Introducing ChatGPT — Introducing ChatGPT" repeated the title. */
  @Test
  void noReferenceLineRepeatsItsTitle() {
    java.util.regex.Pattern repeated = java.util.regex.Pattern.compile(", (.+) — \\1$");
    for (String id :
        CliRun.with().pack(Packs.real()).run("compare", "--list").out().lines().toList()) {
      String out = CliRun.with().pack(Packs.real()).run("compare", id, "--width", "200").out();
      for (String line : out.lines().toList()) {
        assertTrue(!repeated.matcher(line).find(), id + ": " + line);
      }
    }
  }

  /** Every source of the bundled pack can be read online: an arXiv id, a DOI or a URL. */
  @Test
  void everyBundledSourceHasALink() {
    String out = CliRun.with().pack(Packs.real()).run("sources", "--json").out();
    for (var s : JsonSchemaCheck.parse(out).get("sources")) {
      assertTrue(
          !s.get("arxiv").isNull() || !s.get("doi").isNull() || !s.get("url").isNull(),
          s.get("key").asText() + " has no link");
    }
  }
}
