package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.Node;

class SourcesMapperTest {
  @TempDir Path dir;

  private final YamlReader reader = new YamlReader(ContentLimits.DEFAULT);

  /** Two sources, one with a partly verified element; other mapper tests cite them. */
  static final String SOURCES =
      """
      a2017:
        title: A paper
        authors: ["Alpha, Ann", "Beta, Bo"]
        year: 2017
        arxiv: "1706.03762"
      org2024:
        title: A standard
        authors: [NIST]
        year: 2024
        doi: 10.6028/NIST.AI.600-1
        unverified: [venue]
        note: Venue from one secondary source.
      """;

  private Node node(String yaml) throws IOException {
    Path file = dir.resolve("f.yaml");
    Files.writeString(file, yaml);
    return reader.read(file, "f.yaml");
  }

  private Bibliography bibliography() throws IOException {
    return SourcesMapper.map("sources.yaml", node(SOURCES), Problems.strict());
  }

  @Test
  void mapsSourcesAndTheirShortCites() throws IOException {
    Bibliography b = bibliography();
    Source a = b.find("a2017").orElseThrow();
    assertEquals("Alpha & Beta 2017, arXiv:1706.03762", a.shortCite());
    Source org = b.find("org2024").orElseThrow();
    assertEquals("NIST 2024, doi:10.6028/NIST.AI.600-1", org.shortCite());
    Source card =
        new Source(
            "card",
            "GPT-2 model card",
            List.of("OpenAI"),
            false,
            2019,
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.of("https://github.com/openai/gpt-2"),
            List.of(),
            java.util.Optional.empty(),
            false);
    assertEquals(
        "OpenAI 2019, GPT-2 model card", card.shortCite(), "no arXiv id or DOI: the title");
    assertEquals(List.of("venue"), org.unverified());
  }

  @Test
  void sourceTemplateIsChecked() {
    assertThrows(
        ContentException.class,
        () ->
            SourcesMapper.map(
                "s.yaml",
                node("x2020:\n  title: T\n  authors: [X]\n  year: 2020\n  arxiv: \"17.1\"\n"),
                Problems.strict()));
    ContentException noNote =
        assertThrows(
            ContentException.class,
            () ->
                SourcesMapper.map(
                    "s.yaml",
                    node(
                        "x2020:\n  title: T\n  authors: [X]\n  year: 2020\n  unverified: [venue]\n"),
                    Problems.strict()));
    assertEquals("x2020.unverified", noNote.field());
    ContentException badElement =
        assertThrows(
            ContentException.class,
            () ->
                SourcesMapper.map(
                    "s.yaml",
                    node(
                        "x2020:\n  title: T\n  authors: [X]\n  year: 2020\n  unverified: [mood]\n"
                            + "  note: n\n"),
                    Problems.strict()));
    assertEquals("x2020.unverified[0]", badElement.field());
    assertFalse(badElement.problem().isEmpty());
  }
}
