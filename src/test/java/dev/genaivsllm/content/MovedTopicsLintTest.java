package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GVL020: entries on a topic the pack marks as moved must cite work from that year on. */
class MovedTopicsLintTest {
  @TempDir Path dir;

  private Path pack(String moved) throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Path yaml = pack.resolve("pack.yaml");
    Files.writeString(yaml, Files.readString(yaml) + moved);
    return pack;
  }

  private static List<Problem> problems(Path pack, Rule rule) {
    LintReport report =
        new PackLinter(ContentLimits.DEFAULT, LocalDate.of(2026, 12, 3), Set.of())
            .lint(List.of(pack), null, Set.of());
    return report.problems().stream().filter(p -> p.rule() == rule).toList();
  }

  @Test
  void anEntryOnAMovedTopicThatCitesOnlyOlderWorkIsWarnedAboutAtItsReviewedDate()
      throws IOException {
    Path pack =
        pack(
            """
            moved:
              - since: 2024
                why: reasoning models
                dimensions: [architecture, relationship]
            """);
    List<Problem> found = problems(pack, Rule.OUTDATED_SOURCES);
    assertEquals(1, found.size(), found.toString());
    Problem p = found.get(0);
    assertTrue(p.file().endsWith("architecture.yaml"), p.toString());
    assertEquals("reviewed: 2026-01-15", Files.readAllLines(Path.of(p.file())).get(p.line() - 1));
    assertTrue(p.message().contains("moved since 2024 (reasoning models)"), p.message());
    assertTrue(p.message().contains("newest source cited here is from 2019"), p.message());
    assertTrue(p.rule().warning(), "a warning, not an error");
  }

  @Test
  void livingDocumentationDoesNotMakeAnEntryCurrent() throws IOException {
    Path pack =
        pack(
            "moved:\n  - since: 2024\n    dimensions: [relationship]\n    concepts: [generative-ai]\n");
    assertEquals(List.of(), problems(pack, Rule.OUTDATED_SOURCES), "NIST 2024 is recent enough");
    Path sources = pack.resolve("sources.yaml");
    Files.writeString(
        sources,
        Files.readString(sources).replace("  year: 2024\n", "  year: 2024\n  living: true\n"));
    List<Problem> found = problems(pack, Rule.OUTDATED_SOURCES);
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("living documentation only"), found.toString());
    assertTrue(found.get(1).message().contains("from 2017"), found.toString());
  }

  @Test
  void conceptsAndFamiliesAreCheckedAndEachTopicHasItsOwnYear() throws IOException {
    Path pack =
        pack(
            """
            moved:
              - since: 2015
                concepts: [gan]
                families: [llm]
              - since: 2014
                concepts: [vae]
            """);
    List<String> files =
        problems(pack, Rule.OUTDATED_SOURCES).stream()
            .map(p -> Path.of(p.file()).getFileName().toString())
            .sorted()
            .toList();
    assertEquals(List.of("gan.yaml", "vae.yaml"), files, "gan 2014 < 2015, vae 2013 < 2014");
  }

  @Test
  void withoutMovedTopicsNothingIsReported() throws IOException {
    assertEquals(List.of(), problems(pack(""), Rule.OUTDATED_SOURCES));
  }

  @Test
  void anUnknownIdOrAnEmptyTopicIsAnErrorInPackYaml() throws IOException {
    Path pack =
        pack(
            """
            moved:
              - since: 2024
                dimensions: [nowhere]
              - since: 2024
            """);
    List<Problem> unknown = problems(pack, Rule.UNKNOWN_REFERENCE);
    assertEquals(1, unknown.size(), unknown.toString());
    assertTrue(unknown.get(0).file().endsWith("pack.yaml"), unknown.toString());
    assertTrue(
        unknown.get(0).message().contains("unknown dimension 'nowhere'"), unknown.toString());
    List<Problem> empty = problems(pack, Rule.MISSING_FIELD);
    assertEquals(1, empty.size(), empty.toString());
    assertTrue(empty.get(0).file().endsWith("pack.yaml"), empty.toString());
  }
}
