package dev.genaivsllm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.testing.Packs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchServiceTest {
  private final SearchService search =
      new SearchService(new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT));

  private List<String> ids(String query) {
    return search.search(query, 10).hits().stream().map(SearchResults.Hit::id).toList();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    "attention, self-attention",
    "transformers, transformer",
    "diffus, architecture",
    "discriminators, gan",
    "transfomer, transformer",
    "atention, self-attention",
    "variational autoencoders, vae"
  })
  void wordEndingsPrefixesAndTyposFindTheEntry(String query, String id) {
    assertTrue(ids(query).contains(id), () -> query + " gave " + ids(query));
  }

  @Test
  void aNameOutranksAMention() {
    List<String> hits = ids("attention");
    assertEquals("self-attention", hits.get(0), "named 'attention'");
    assertEquals(
        java.util.Set.of("architecture", "transformer"),
        java.util.Set.copyOf(hits.subList(1, 3)),
        "then the concept whose summary says it and the dimension that discusses it");
  }

  @Test
  void anExactNameWinsOverPartialMatches() {
    assertEquals("gan", ids("generative adversarial network").get(0));
  }

  @Test
  void entriesMatchingEveryWordRankAboveThoseMatchingSome() {
    List<String> hits = ids("discriminator translation");
    assertEquals("architecture", hits.get(0), "the only entry with both words");
    assertEquals("gan", hits.get(1), "a stronger field, but one word of two");
  }

  @Test
  void stopWordsAloneMatchNothing() {
    assertTrue(ids("what is the").isEmpty());
  }

  @Test
  void snippetShowsTheMatchInContextAndNamesTheMatchedWords() {
    SearchResults.Hit hit = search.search("discriminators", 10).hits().get(1);
    assertEquals("architecture", hit.id());
    assertEquals("genai.points", hit.field());
    assertTrue(
        hit.snippet().startsWith("GANs train a generator against a discriminator"), hit.snippet());
    assertEquals(List.of("discriminator"), hit.matched());
    assertEquals("compare architecture", hit.command());
  }

  @Test
  void rankingIsDeterministic() {
    assertEquals(ids("model"), ids("model"));
  }
}
