package dev.genaivsllm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genaivsllm.testing.CliRun;
import dev.genaivsllm.testing.JsonSchemaCheck;
import dev.genaivsllm.testing.Packs;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** {@code map} and {@code timeline} through the real command tree. */
class PicturesCommandTest {
  private static final String ESC = "\u001b[";

  @TempDir Path dir;

  private static List<String> mapIds(CliRun run) {
    JsonNode doc = JsonSchemaCheck.parse(run.out());
    List<String> ids = new ArrayList<>();
    doc.get("regions").forEach(r -> ids.add(r.get("id").asText()));
    doc.get("members").forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  @Test
  void everyLabelOnTheMapOpensWithExplain() {
    for (Path pack : List.of(Packs.fixture(), Packs.real())) {
      List<String> ids = mapIds(CliRun.with().pack(pack).run("map", "--json"));
      assertFalse(ids.isEmpty());
      for (String id : ids) {
        CliRun explain = CliRun.with().pack(pack).run("explain", id);
        assertEquals(0, explain.exitCode(), explain::toString);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 24, 30, 38, 44, 50, 60, 72, 80, 100, 120, 200})
  void theMapFitsEveryWidthAndDrawsEveryLabelWhole(int width) {
    CliRun run = CliRun.run("map", "--width", String.valueOf(width));
    assertEquals(0, run.exitCode(), run::toString);
    for (String line : run.out().split("\n")) {
      assertTrue(
          line.codePointCount(0, line.length()) <= Math.min(width, 120),
          () -> "too wide at " + width + ": " + line);
    }
    for (String id : mapIds(CliRun.run("map", "--json"))) {
      assertTrue(run.out().contains(id), () -> id + " cut or missing at " + width);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {50, 60, 80, 100, 120})
  void theRealMapFitsAndKeepsItsLabelsWhole(int width) {
    CliRun run = CliRun.with().pack(Packs.real()).run("map", "--width", String.valueOf(width));
    assertEquals(0, run.exitCode(), run::toString);
    for (String line : run.out().split("\n")) {
      assertTrue(line.codePointCount(0, line.length()) <= width, () -> width + ": " + line);
    }
    for (String id : mapIds(CliRun.with().pack(Packs.real()).run("map", "--json"))) {
      assertTrue(run.out().contains(id), () -> id + " cut or missing at " + width);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 50, 63, 64, 80, 100, 120})
  void theTimelineFitsEveryWidthWithoutCuttingAWord(int width) {
    for (java.nio.file.Path pack : List.of(Packs.fixture(), Packs.real())) {
      CliRun run = CliRun.with().pack(pack).run("timeline", "--width", String.valueOf(width));
      assertEquals(0, run.exitCode(), run::toString);
      for (String line : run.out().split("\n")) {
        assertTrue(line.codePointCount(0, line.length()) <= width, () -> width + ": " + line);
      }
      JsonNode doc =
          JsonSchemaCheck.parse(CliRun.with().pack(pack).run("timeline", "--json").out());
      doc.get("events")
          .forEach(
              e ->
                  assertTrue(
                      run.out().contains(e.get("concept").asText()),
                      () -> e.get("concept") + " cut or missing at " + width));
    }
  }

  @Test
  void colourOnlyOnATerminalAndNeverInSvg() {
    assertFalse(CliRun.run("map").out().contains(ESC));
    assertTrue(CliRun.run("map", "--color", "always").out().contains(ESC));
    assertFalse(CliRun.run("map", "--color", "always", "--format", "svg").out().contains(ESC));
  }

  @Test
  void aUserPackAddsAFamilyAndAnEventAndSeesThemDrawn() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Packs.write(
        mine,
        "pack.yaml",
        "name: mine\nversion: '1'\nschemaVersion: 1\nlanguage: en\nreviewed: 2026-01-01\n");
    Packs.write(
        mine, "sources.yaml", "mine2025:\n  title: My own flows\n  authors: [Me]\n  year: 2025\n");
    Files.createDirectories(mine.resolve("concepts"));
    Packs.write(
        mine,
        "concepts/my-flow.yaml",
        "title: My flow\ndefinition: A family of my own.\nbeginner: Mine.\npractitioner: Mine.\n"
            + "isNot: Not yours.\nplacement:\n  side: genai\n  note: Mine.\n"
            + "related: [gan]\nsources: [mine2025]\nreviewed: 2026-01-01\n");
    Packs.write(
        mine,
        "map.yaml",
        "reviewed: 2026-01-01\nmembers:\n  - id: my-flow\n    in: [generative-ai]\n"
            + "    sources: [mine2025]\n");
    Packs.write(
        mine,
        "timeline.yaml",
        "reviewed: 2026-01-01\nevents:\n  - id: my-flow\n    date: 2025-05\n    lane: genai\n"
            + "    concept: my-flow\n    title: My flow appears\n    sources: [mine2025]\n");
    CliRun map = CliRun.run("map", "--content", mine.toString());
    assertEquals(0, map.exitCode(), map::toString);
    assertTrue(map.out().contains("my-flow"), map::toString);
    CliRun timeline = CliRun.run("timeline", "--content", mine.toString());
    assertTrue(timeline.out().contains("My flow appears"), timeline::toString);
    CliRun svg = CliRun.run("map", "--content", mine.toString(), "--format", "svg");
    assertTrue(svg.out().contains(">my-flow</text>"), svg::toString);
  }

  @Test
  void svgIsOneWellFormedDocumentWithNoScriptsOrAddresses() throws Exception {
    for (String command : List.of("map", "timeline")) {
      String svg = CliRun.run(command, "--format", "svg").out();
      assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
      assertEquals("svg", doc.getDocumentElement().getTagName());
      // Sources may name their addresses as text; nothing may be loaded from one.
      for (String banned :
          List.of(
              "<script", "<image", "<foreignObject", "href=", "url(", "@import", "@font-face")) {
        assertFalse(svg.contains(banned), command + " loads something: " + banned);
      }
      assertTrue(svg.contains("prefers-color-scheme: dark"), "a dark style");
    }
  }

  @Test
  void svgIsForPicturesOnly() {
    CliRun run = CliRun.run("compare", "architecture", "--format", "svg");
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertTrue(run.err().contains("'map' or 'timeline'"), run::toString);
  }

  @Test
  void sinceAndUntilChooseTheYearsShown() {
    JsonNode doc =
        JsonSchemaCheck.parse(
            CliRun.run("timeline", "--since", "2014", "--until", "2017", "--json").out());
    assertEquals(2014, doc.get("since").asInt());
    assertEquals(2017, doc.get("until").asInt());
    List<String> ids = new ArrayList<>();
    doc.get("events").forEach(e -> ids.add(e.get("id").asText()));
    assertEquals(List.of("gan", "transformer"), ids);
    JsonNode all = JsonSchemaCheck.parse(CliRun.run("timeline", "--json").out());
    assertEquals(2013, all.get("since").asInt(), "the first event's year");
    assertEquals(2026, all.get("until").asInt(), "this year, by the test clock");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--since 2020 --until 2019", "--since 1800", "--until 2200", "--since x"})
  void badYearsAreUsageErrors(String args) {
    List<String> argv = new ArrayList<>(List.of("timeline"));
    argv.addAll(List.of(args.split(" ")));
    CliRun run = CliRun.run(argv.toArray(String[]::new));
    assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run::toString);
  }

  @Test
  void theHandoutIsOneSelfContainedPageWrittenWhereAsked() throws Exception {
    Path file = dir.resolve("h.html");
    CliRun run = CliRun.run("handout", "--output", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.out());
    String page = Files.readString(file);
    assertEquals(CliRun.run("handout").out(), page, "the same page on stdout");
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    for (String banned :
        List.of(
            "<script", "<link", "<img", "<iframe", "<object", "href=", "src=", "url(", "@import")) {
      assertFalse(page.contains(banned), "the handout loads something: " + banned);
    }
    for (String part :
        List.of("<svg", "Common misconceptions", "Sources", "Two histories", "ways they differ")) {
      assertTrue(page.contains(part), part);
    }
    assertTrue(page.contains("@page"), "laid out for paper");
  }

  @Test
  void aHandoutThatCannotBeWrittenIsAnInputOutputFailureAndLeavesNothing() {
    Path file = dir.resolve("missing-folder/h.html");
    CliRun run = CliRun.run("handout", "--output", file.toString());
    assertEquals(ExitCode.INPUT_OUTPUT, run.exitCode(), run::toString);
    assertTrue(run.err().contains("no such folder"), run::toString);
    assertFalse(Files.exists(file.getParent()));
  }

  @Test
  void aPackWithoutAMapIsAContentError() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    try {
      Files.delete(pack.resolve("map.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CliRun run = CliRun.with().pack(pack).run("map");
    assertEquals(ExitCode.CONTENT, run.exitCode(), run::toString);
    assertTrue(run.err().contains("map.yaml"), run::toString);
  }
}
