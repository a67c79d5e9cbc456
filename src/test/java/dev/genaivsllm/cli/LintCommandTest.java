package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaivsllm.content.Rule;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final String BROKEN = "src/test/resources/broken-pack";

  @TempDir Path dir;

  private static JsonNode report(CliRun run) {
    return JsonSchemaCheck.parse(run.out());
  }

  @Test
  void theBundledPackIsClean() {
    CliRun run = CliRun.with().pack(Packs.real()).run("lint", "--json");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(0, report(run).get("problems").size(), run.out());
  }

  @Test
  void everyProblemIsListedWithItsCodeNotJustTheFirst() {
    CliRun run = CliRun.run("lint", "--content-only", "--content", BROKEN, "--json");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    JsonNode doc = report(run);
    Set<String> codes = new HashSet<>();
    doc.get("problems").forEach(p -> codes.add(p.get("code").asText()));
    for (Rule rule :
        Set.of(
            Rule.YAML_SYNTAX,
            Rule.UNKNOWN_FIELD,
            Rule.WRONG_TYPE,
            Rule.LENGTH,
            Rule.DUPLICATE_KEY,
            Rule.NAME_CLASH,
            Rule.UNKNOWN_SOURCE,
            Rule.UNKNOWN_REFERENCE,
            Rule.QUIZ_ANSWERS,
            Rule.ONE_WAY_LINK,
            Rule.UNUSED_SOURCE,
            Rule.STALE)) {
      assertTrue(codes.contains(rule.code()), rule + " not reported: " + codes);
    }
    assertTrue(doc.get("errors").asInt() >= 10, doc.toString());
  }

  @Test
  void ignoredCodesAreLeftOutAndWarningsAloneDoNotFail() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Files.writeString(
        pack.resolve("sources.yaml"),
        Files.readString(pack.resolve("sources.yaml"))
            + "extra2020:\n  title: Unused\n  authors: [X]\n  year: 2020\n");
    CliRun warned =
        CliRun.run(
            "lint", "--content-only", "--content", pack.toString(), "--ignore", "GVL019", "--json");
    assertEquals(0, warned.exitCode(), warned::toString);
    assertEquals(1, report(warned).get("warnings").asInt(), warned.out());
    CliRun ignored =
        CliRun.run(
            "lint",
            "--content-only",
            "--content",
            pack.toString(),
            "--ignore",
            "GVL016,GVL019",
            "--json");
    assertEquals(0, report(ignored).get("problems").size(), ignored.out());
  }

  @Test
  void aFamilyIsTheUsualChoiceOnlyForWhatItProduces() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.replace(
        pack,
        "recommend/families/llm.yaml",
        "outputs: [text]\n",
        "outputs: [text]\nusualFor: [image]\n");
    CliRun run = CliRun.run("lint", "--content-only", "--content", pack.toString(), "--json");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertTrue(run.out().contains("'image' is not one of this family's outputs"), run.out());
  }

  @Test
  void aPackFolderIsCheckedOverThePacksInUseAndOnlyItsOwnProblemsAreShown() throws IOException {
    Path pack = dir.resolve("mine");
    Files.createDirectories(pack.resolve("concepts"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        "name: mine\nversion: '1'\nschemaVersion: 1\nlanguage: en\nreviewed: 2026-11-01\n");
    Files.writeString(
        pack.resolve("concepts/widget.yaml"),
        """
        title: Widget
        definition: A widget.
        beginner: B.
        practitioner: P.
        isNot: N.
        placement: {side: llm, note: N.}
        related: [transformer, nonsense]
        sources: [vaswani2017]
        reviewed: 2026-11-01
        """);
    CliRun run = CliRun.run("lint", pack.toString());
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertTrue(run.out().contains("widget.yaml:7:"), run.out());
    assertTrue(run.out().contains("GVL013 related[1]: unknown concept 'nonsense'"), run.out());
    assertFalse(run.out().contains("fixture-pack"), "only the pack asked about");
  }

  @Test
  void badIgnoreCodesAndMissingFoldersAreUsageErrors() {
    assertEquals(ExitCode.USAGE, CliRun.run("lint", "--ignore", "junk").exitCode());
    assertEquals(ExitCode.USAGE, CliRun.run("lint", dir.resolve("none").toString()).exitCode());
  }

  @Test
  void everyRuleIsDocumentedWithAnExample() throws IOException {
    String docs = Files.readString(Packs.projectRoot().resolve("docs/lint-rules.md"));
    for (Rule rule : Rule.values()) {
      assertTrue(
          docs.contains("## " + rule.code()), rule + " has no section in docs/lint-rules.md");
    }
  }
}
