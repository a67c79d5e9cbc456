package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.core.ExplainService;
import dev.genaivsllm.match.IdMatcher;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Statement;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The content test: the real pack under content/ loads completely (template, limits, every cite key
 * resolves), covers the required dimensions, and keeps the facts the project checked.
 */
class BundledPackTest {
  static final List<String> REQUIRED_CONCEPTS =
      List.of(
          "generative-ai",
          "llm",
          "language-model",
          "foundation-model",
          "transformer",
          "self-attention",
          "positional-encoding",
          "tokenization",
          "embedding",
          "next-token-prediction",
          "autoregressive-model",
          "gan",
          "vae",
          "diffusion-model",
          "latent-diffusion",
          "normalizing-flow",
          "clip",
          "multimodal",
          "pretraining",
          "fine-tuning",
          "instruction-tuning",
          "rlhf",
          "lora",
          "rag",
          "prompt-engineering",
          "in-context-learning",
          "chain-of-thought",
          "context-window",
          "temperature",
          "hallucination",
          "scaling-laws",
          "mixture-of-experts",
          "fid",
          "perplexity",
          "encoder-decoder",
          "bert",
          "gpt",
          "mode-collapse",
          "classifier-free-guidance",
          "deepfake",
          "prompt-injection",
          "memorization",
          "state-space-model",
          "speech-synthesis",
          "emergent-abilities");

  static final List<String> REQUIRED =
      List.of(
          "relationship",
          "purpose",
          "modalities",
          "architecture",
          "training",
          "data",
          "outputs",
          "adaptation",
          "evaluation",
          "cost",
          "applications",
          "challenges",
          "models",
          "timeline");

  private final ContentRepository pack = new ContentRepository(Packs.real(), ContentLimits.DEFAULT);

  @Test
  void everyDimensionLoadsWithinItsTemplate() {
    List<Dimension> all = pack.dimensions();
    assertTrue(all.size() >= REQUIRED.size());
    assertTrue(all.stream().map(Dimension::id).toList().containsAll(REQUIRED));
  }

  @Test
  void everyConceptLoadsAndTheRequiredOnesExist() {
    List<Concept> all = pack.concepts();
    assertTrue(all.size() >= 45, "at least 45 concepts, found " + all.size());
    List<String> ids = all.stream().map(Concept::id).toList();
    List<String> missing = REQUIRED_CONCEPTS.stream().filter(c -> !ids.contains(c)).toList();
    assertEquals(List.of(), missing, "required concepts without a file");
  }

  /** A dimension lists a concept exactly when the concept lists the dimension. */
  @Test
  void dimensionsAndConceptsLinkBothWays() {
    List<String> broken = new ArrayList<>();
    for (Dimension d : pack.dimensions()) {
      for (String c : d.concepts()) {
        if (!pack.concept(c).dimensions().contains(d.id())) {
          broken.add("concepts/" + c + ".yaml must list dimension " + d.id());
        }
      }
    }
    for (Concept c : pack.concepts()) {
      for (String d : c.dimensions()) {
        if (!pack.dimension(d).concepts().contains(c.id())) {
          broken.add("dimensions/" + d + ".yaml must list concept " + c.id());
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void conceptNamesAreUniqueAcrossThePack() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Concept c : pack.concepts()) {
      List<String> names = new ArrayList<>(c.aliases());
      names.add(c.title());
      for (String name : names) {
        String n = IdMatcher.normalize(name);
        String previous = owner.putIfAbsent(n, c.id());
        if (previous != null && !previous.equals(c.id())) {
          clashes.add("'" + name + "' names " + previous + " and " + c.id());
        }
        if (pack.conceptIds().contains(n) && !n.equals(c.id())) {
          clashes.add("alias '" + name + "' of " + c.id() + " is another concept's id");
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  /** {@code compare x} and {@code explain x} never compete for the same word. */
  @Test
  void dimensionAliasesNameNoConcept() {
    ExplainService explain = new ExplainService(pack);
    List<String> clashes = new ArrayList<>();
    for (Dimension d : pack.dimensions()) {
      for (String alias : d.aliases()) {
        try {
          clashes.add(d.id() + " alias '" + alias + "' names concept " + explain.resolve(alias));
        } catch (UnknownIdException notAConcept) {
          // as it should be
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  /** Every related id opens with explain, every source key with sources (issue 3, done-when). */
  @Test
  void everyReferenceOpensWithItsCommand() {
    for (Concept c : pack.concepts()) {
      for (String related : c.related()) {
        CliRun run = CliRun.with().pack(Packs.real()).run("explain", related);
        assertEquals(0, run.exitCode(), () -> c.id() + " -> " + related + "\n" + run);
      }
    }
    for (Source s : bibliography().all()) {
      CliRun run = CliRun.with().pack(Packs.real()).run("sources", s.key(), "--json");
      assertEquals(0, run.exitCode(), run::toString);
    }
  }

  /** Every --need has its rule, and every need rule can be asked for with --need. */
  @Test
  void needsAndTheirRulesMatch() {
    List<String> rules =
        pack.signals().signals().stream()
            .filter(s -> s.kind().equals("need"))
            .map(s -> s.id())
            .sorted()
            .toList();
    List<String> flags =
        java.util.Arrays.stream(dev.genaivsllm.core.Need.values())
            .map(dev.genaivsllm.core.Need::label)
            .sorted()
            .toList();
    assertEquals(flags, rules);
  }

  @Test
  void familiesLoadAndEverySignalMovesAFamily() {
    assertTrue(pack.families().size() >= 11);
    for (var s : pack.signals().signals()) {
      assertFalse(s.effects().isEmpty(), s.id() + " has no effect");
    }
  }

  @Test
  void teachingOrderNamesEveryDimension() {
    assertEquals(
        pack.dimensionIds().stream().sorted().toList(),
        pack.pack().order().stream().sorted().toList(),
        "pack.yaml order must list every dimension exactly once");
  }

  @Test
  void aliasesAndTitlesPointToOneDimensionAndShadowNoId() {
    Map<String, String> owner = new HashMap<>();
    for (Dimension d : pack.dimensions()) {
      List<String> names = new ArrayList<>(d.aliases());
      names.add(d.title());
      for (String name : names) {
        String n = IdMatcher.normalize(name);
        String previous = owner.put(n, d.id());
        assertTrue(
            previous == null || previous.equals(d.id()),
            () -> "'" + name + "' names both " + previous + " and " + d.id());
        assertTrue(
            !pack.dimensionIds().contains(n) || n.equals(d.id()),
            () -> "alias '" + name + "' of " + d.id() + " is another dimension's id");
      }
    }
  }

  @Test
  void reviewDatesAreNotInTheFuture() {
    // The real date, not the fixed test clock: content reviewed after that clock's day is fine.
    LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
    assertFalse(pack.pack().reviewed().isAfter(today));
    pack.dimensions().forEach(d -> assertFalse(d.reviewed().isAfter(today), d.id()));
  }

  /**
   * Claims the popular explanations get wrong may appear only as a misconception's claim, never in
   * a summary, point, nuance or correction.
   */
  @Test
  void wrongClaimsAppearOnlyAsMisconceptions() {
    List<Pattern> wrong =
        List.of(
            Pattern.compile("llms? (only|just) (handle|process|work with|understand) text"),
            Pattern.compile("overfitting is the (main|biggest|key)"),
            Pattern.compile("transformer was (introduced|invented|proposed) in 2018"),
            Pattern.compile("bert is a gpt"),
            Pattern.compile("gpt-2.{0,20}arxiv"),
            Pattern.compile("(two|rival|separate) (kinds|categories|fields) of ai"),
            Pattern.compile("llada2?[^.]{0,80}need not be a transformer"),
            Pattern.compile("not part of llm decoding"),
            Pattern.compile("the us definition"),
            Pattern.compile("rwkv[^.]{0,30} is a recurrent network"),
            // second review, 2026-12-03: one-pass generators are not only GANs
            Pattern.compile("gans are the (fast|only fast) exception"),
            Pattern.compile("llama 3 \\(july 2024"));
    for (Dimension d : pack.dimensions()) {
      List<String> texts =
          new ArrayList<>(List.of(d.summary(), d.genai().summary(), d.llm().summary()));
      for (Side side : List.of(d.genai(), d.llm())) {
        side.points().stream().map(Statement::text).forEach(texts::add);
      }
      d.nuance().stream().map(Statement::text).forEach(texts::add);
      d.misconceptions().stream().map(Misconception::correction).forEach(texts::add);
      texts.addAll(conceptTexts(d.id()));
      for (String text : texts) {
        for (Pattern p : wrong) {
          assertFalse(
              p.matcher(text.toLowerCase(Locale.ROOT)).find(),
              () -> d.id() + " states a known-wrong claim (" + p + "): " + text);
        }
      }
    }
  }

  /** Definitions and explanations of the concepts this dimension links to. */
  private List<String> conceptTexts(String dimension) {
    List<String> texts = new ArrayList<>();
    for (String id : pack.dimension(dimension).concepts()) {
      Concept c = pack.concept(id);
      texts.addAll(List.of(c.definition(), c.beginner(), c.practitioner(), c.placementNote()));
    }
    return texts;
  }

  /**
   * The map says at a glance what the tool teaches: generative LLMs lie inside generative AI, an
   * encoder-only language model outside it, multimodal LLMs and diffusion language models cross the
   * line, and the Transformer runs under both.
   */
  @Test
  void theMapShowsTheRelationship() {
    var map = pack.fieldMap();
    var llm = map.region("llm").orElseThrow();
    assertEquals(List.of("generative-ai", "language-model"), llm.in());
    assertEquals("generative-ai", map.region("language-model").orElseThrow().overlaps().orElse(""));
    var byId = new HashMap<String, dev.genaivsllm.model.MapMember>();
    map.members().forEach(m -> byId.put(m.id(), m));
    assertEquals(List.of("language-model"), byId.get("bert").in(), "BERT is not generative");
    assertEquals(List.of("llm"), byId.get("gpt").in());
    assertTrue(byId.get("multimodal").crossing().isPresent());
    assertTrue(byId.get("diffusion-language-model").crossing().isPresent());
    assertEquals(List.of("generative-ai", "language-model"), byId.get("transformer").under());
    for (String family :
        List.of("gan", "vae", "normalizing-flow", "diffusion-model", "autoregressive-model")) {
      assertEquals(List.of("generative-ai"), byId.get(family).in(), family);
    }
    List<String> chain = new ArrayList<>();
    for (String id = "generative-ai"; id != null; ) {
      chain.add(id);
      var in = map.region(id).orElseThrow().in();
      id = in.isEmpty() ? null : in.get(0);
    }
    assertEquals(
        List.of("generative-ai", "deep-learning", "machine-learning", "artificial-intelligence"),
        chain);
  }

  /** Both histories run from 2013 through 2025, each lane in every stretch of years. */
  /** A work cited by its title (no arXiv id or DOI) is not named twice in a reference line. */
  @Test
  void noReferenceLineRepeatsItsTitle() {
    java.util.regex.Pattern twice = java.util.regex.Pattern.compile(", (.+) (?:—|-) \\1$");
    for (String[] command :
        List.of(
            new String[] {"timeline", "--width", "200"},
            new String[] {"compare", "--width", "200"},
            new String[] {"ask", "what is gpt-2", "--format", "markdown"})) {
      CliRun run = CliRun.with().pack(Packs.real()).run(command);
      assertEquals(0, run.exitCode(), run::toString);
      for (String line : run.out().split("\n")) {
        assertFalse(twice.matcher(line.strip()).find(), String.join(" ", command) + ": " + line);
      }
    }
  }

  @Test
  void theTimelineCoversBothHistoriesThrough2025() {
    var timeline = pack.timeline();
    assertEquals("timeline", timeline.dimension().orElse(""));
    for (var lane : dev.genaivsllm.model.Lane.values()) {
      for (int[] span : new int[][] {{2013, 2016}, {2017, 2020}, {2021, 2023}, {2024, 2025}}) {
        assertTrue(
            timeline.events().stream()
                .anyMatch(
                    e ->
                        e.lane() == lane
                            && e.date().year() >= span[0]
                            && e.date().year() <= span[1]),
            () -> lane + " has nothing from " + span[0] + " to " + span[1]);
      }
    }
    assertTrue(timeline.events().stream().anyMatch(e -> e.crossing().isPresent()));
    assertEquals(2013, timeline.events().get(0).date().year());
  }

  /** The gold facts of the project's fact base, section 6. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "vaswani2017,   1706.03762, 2017, Vaswani",
    "goodfellow2014, 1406.2661, 2014, Goodfellow",
    "kingma2013,    1312.6114, 2013, Kingma",
    "ho2020ddpm,    2006.11239, 2020, Ho",
    "rombach2022,   2112.10752, 2021, Rombach",
    "brown2020,     2005.14165, 2020, Brown",
    "ouyang2022,    2203.02155, 2022, Ouyang",
    "hoffmann2022,  2203.15556, 2022, Hoffmann",
    "hu2021,        2106.09685, 2021, Hu",
    "lewis2020,     2005.11401, 2020, Lewis",
    "bommasani2021, 2108.07258, 2021, Bommasani",
    "radford2021clip, 2103.00020, 2021, Radford"
  })
  void goldFactsMatch(String key, String arxiv, int year, String firstAuthor) {
    Source s = bibliography().find(key).orElseThrow(() -> new AssertionError("no source " + key));
    assertEquals(arxiv, s.arxiv().orElse(null));
    assertEquals(year, s.year());
    assertEquals(firstAuthor, s.firstAuthorFamily());
  }

  @Test
  void goldFactsWithoutArxiv() {
    Bibliography b = bibliography();
    assertTrue(b.find("radford2018").orElseThrow().arxiv().isEmpty(), "GPT-1 has no arXiv id");
    assertTrue(b.find("radford2019").orElseThrow().arxiv().isEmpty(), "GPT-2 has no arXiv id");
    Source nist = b.find("nist-600-1").orElseThrow();
    assertEquals("10.6028/NIST.AI.600-1", nist.doi().orElse(null));
    assertEquals(2024, nist.year());
  }

  private Bibliography bibliography() {
    return pack.bibliography();
  }
}
