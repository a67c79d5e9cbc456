package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.Node;

class DimensionMapperTest {
  @TempDir Path dir;

  private final YamlReader reader = new YamlReader(ContentLimits.DEFAULT);

  private static final String DIMENSION =
      """
      title: Architecture
      question: How is each built?
      summary: One line.
      genai:
        summary: Many families.
        points:
          - text: GANs.
            sources: [a2017]
      llm:
        summary: Transformers.
        points:
          - text: Attention.
            sources: [a2017, org2024]
      nuance:
        - text: It blurs.
          sources: [org2024]
      misconceptions:
        - claim: Only GANs.
          correction: Also diffusion.
          sources: [a2017]
      concepts: [transformer]
      sources: [org2024]
      reviewed: 2026-11-24
      """;

  private Node node(String yaml) throws IOException {
    Path file = dir.resolve("f.yaml");
    Files.writeString(file, yaml);
    return reader.read(file, "f.yaml");
  }

  private Bibliography bibliography() throws IOException {
    return SourcesMapper.map("sources.yaml", node(SourcesMapperTest.SOURCES), Problems.strict());
  }

  private Dimension dimension(String yaml) throws IOException {
    return DimensionMapper.map(
        "architecture",
        "dimensions/architecture.yaml",
        node(yaml),
        bibliography(),
        List.of("transformer"),
        Problems.strict());
  }

  private ContentException broken(String yaml) {
    return assertThrows(ContentException.class, () -> dimension(yaml));
  }

  @Test
  void mapsAFullDimension() throws IOException {
    Dimension d = dimension(DIMENSION);
    assertEquals("architecture", d.id());
    assertEquals("Many families.", d.genai().summary());
    assertEquals(List.of("a2017", "org2024"), d.llm().points().get(0).sources());
    assertEquals(List.of("org2024", "a2017"), d.citedKeys());
    assertEquals("2026-11-24", d.reviewed().toString());
    assertEquals(List.of(), d.aliases());
  }

  @Test
  void unknownSourceKeyIsReportedWhereItIsWritten() {
    ContentException e =
        broken(DIMENSION.replace("sources: [a2017, org2024]", "sources: [a2017, nobody1999]"));
    assertEquals("llm.points[0].sources[1]", e.field());
    assertEquals(13, e.line());
    assertEquals("unknown source key 'nobody1999'", e.problem());
    assertTrue(e.getMessage().startsWith("dimensions/architecture.yaml:13:"), e::getMessage);
  }

  @Test
  void unknownConceptIsReportedWhereItIsWritten() {
    ContentException e =
        broken(DIMENSION.replace("concepts: [transformer]", "concepts: [transformer, ghost]"));
    assertEquals("concepts[1]", e.field());
    assertEquals("unknown concept 'ghost'", e.problem());
  }

  @Test
  void unknownFieldSuggestsTheIntendedOne() {
    ContentException e = broken(DIMENSION.replace("summary: One line.", "sumary: One line."));
    assertEquals("unknown field (did you mean 'summary'?)", e.problem());
    assertEquals("sumary", e.field());
    assertEquals(3, e.line());
  }

  @Test
  void duplicateKeyIsRefusedNotSilentlyOverridden() {
    ContentException e = broken(DIMENSION + "title: Again\n");
    assertEquals("title", e.field());
    assertTrue(e.problem().startsWith("duplicate key"), e::getMessage);
  }

  @Test
  void missingRequiredFieldIsNamed() {
    ContentException e = broken(DIMENSION.replace("question: How is each built?\n", ""));
    assertEquals("question", e.field());
    assertEquals("required field is missing", e.problem());
  }

  @Test
  void moreThanEightPointsPerSideIsRefused() {
    String nine = "  points:\n" + "    - text: P.\n      sources: [a2017]\n".repeat(9);
    ContentException e =
        broken(DIMENSION.replace("  points:\n    - text: GANs.\n      sources: [a2017]\n", nine));
    assertEquals("genai.points", e.field());
    assertEquals("expected 1 to 8 items, found 9", e.problem());
  }

  @Test
  void textOverItsLimitIsRefused() {
    ContentException e =
        broken(DIMENSION.replace("title: Architecture", "title: " + "x".repeat(41)));
    assertEquals("41 characters, over the limit of 40", e.problem());
  }

  @Test
  void wrongTypeIsExplained() {
    ContentException e =
        broken(DIMENSION.replace("concepts: [transformer]", "concepts: transformer"));
    assertEquals("concepts", e.field());
    assertEquals("expected a list, found a single value", e.problem());
  }

  @Test
  void badDateAndBadIdAndQuestionMarkAreChecked() {
    assertEquals(
        "expected a date as YYYY-MM-DD, found '24/11/2026'",
        broken(DIMENSION.replace("2026-11-24", "24/11/2026")).problem());
    assertTrue(
        broken(DIMENSION.replace("[transformer]", "[Transformer]"))
            .problem()
            .contains("is not an id"));
    assertEquals(
        "a question ends with '?'",
        broken(DIMENSION.replace("How is each built?", "How is each built")).problem());
  }

  @Test
  void multiLineTextIsRefused() {
    ContentException e =
        broken(DIMENSION.replace("summary: One line.", "summary: |\n  Two\n  lines"));
    assertEquals("must be one line", e.problem());
  }
}
