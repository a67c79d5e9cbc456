package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code explain} through the real command tree. */
class ExplainCommandTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "explain {0}")
  @CsvSource({
    "transformer, Transformer",
    "Transformer, Transformer",
    "TRANSFORMERS, Transformer",
    "trans, Transformer",
    "attention, Self-attention",
    "Self Attention, Self-attention",
    "self_attention, Self-attention",
    "LLMs, Large language model",
    "large language model, Large language model",
    "GenAI, Generative AI",
    "gen ai, Generative AI",
    "generative adversarial networks, GAN"
  })
  void forgivesCaseSpacesPluralsAliasesAndPrefixes(String term, String title) {
    CliRun run = CliRun.run("explain", term);
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith(title + " · "), run::toString);
  }

  @Test
  void multiWordTermsWorkWithoutQuotes() {
    assertEquals(
        CliRun.run("explain", "large language model").out(),
        CliRun.run("explain", "large", "language", "model").out());
  }

  @Test
  void typoIsOneLineOnStderrWithTheClosestMatch() {
    CliRun run = CliRun.run("explain", "transfomer");
    assertEquals(ExitCode.NOT_FOUND, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "genai-vs-llm: unknown concept 'transfomer'; did you mean 'transformer'?\n", run.err());
  }

  @Test
  void levelsChooseTheExplanation() {
    String beginner = CliRun.run("explain", "gan").out();
    String practitioner = CliRun.run("explain", "gan", "--level", "practitioner").out();
    String all = CliRun.run("explain", "gan", "--level", "all").out();
    assertTrue(beginner.contains("Explained simply") && !beginner.contains("For practitioners"));
    assertTrue(practitioner.contains("For practitioners") && !practitioner.contains("simply"));
    assertTrue(all.contains("Explained simply") && all.contains("For practitioners"));
  }

  @Test
  void randomIsRepeatableWithASeedAndStableForADay() {
    assertEquals(
        CliRun.run("explain", "--random", "--seed", "11").out(),
        CliRun.run("explain", "--random", "--seed", "11").out());
    String today = CliRun.run("explain", "--random").out();
    assertEquals(today, CliRun.run("explain", "--random").out());
    long epochDay = java.time.LocalDate.now(CliRun.CLOCK).toEpochDay();
    assertTrue(today.replaceAll("\\s+", " ").contains("--seed " + epochDay), today);
  }

  @Test
  void contradictoryModesAreUsageErrors() {
    for (String[] args :
        new String[][] {
          {"explain"},
          {"explain", "gan", "--list"},
          {"explain", "--random", "gan"},
          {"explain", "gan", "--seed", "3"},
          {"explain", "gan", "--level", "expert"}
        }) {
      CliRun run = CliRun.run(args);
      assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
      assertEquals("", run.out());
      assertEquals(1, run.err().lines().count(), run::toString);
    }
  }

  @Test
  void brokenConceptNamesFileAndField() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.write(
        pack,
        "concepts/gan.yaml",
        "title: GAN\ndefinition: d\nbeginner: b\npractitioner: p\nisNot: n\n"
            + "placement: {side: genai, note: n}\nrelated: [ghost]\nsources: [goodfellow2014]\n"
            + "reviewed: 2026-01-01\n");
    CliRun run = CliRun.with().pack(pack).run("explain", "gan");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertEquals(
        "genai-vs-llm: content error: "
            + pack.resolve("concepts/gan.yaml")
            + ":7:11: related[0]: "
            + "unknown concept 'ghost'\n",
        run.err());
  }

  @Test
  void sourcesOptionPrintsFullReferences() {
    String out = CliRun.run("explain", "vae", "--sources", "--width", "200").out();
    assertTrue(out.contains("Auto-Encoding Variational Bayes"), out);
    assertTrue(out.contains("(unverified: venue)"), out);
    assertFalse(out.contains("Full references: add --sources"), out);
  }
}
