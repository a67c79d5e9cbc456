package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.model.EventDate;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.TimelineEvent;
import dev.genaivsllm.testing.Packs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** map.yaml and timeline.yaml: what they hold, how packs layer them, and the rules they keep. */
class PictureContentTest {
  @TempDir Path dir;

  @Test
  void theFixtureMapAndTimelineLoad() {
    var repo = new ContentRepository(Packs.fixture(), ContentLimits.DEFAULT);
    var map = repo.fieldMap();
    assertEquals(
        List.of("deep-learning", "generative-ai", "language-model", "llm"),
        map.regions().stream().map(r -> r.id()).toList());
    assertEquals(List.of("generative-ai", "language-model"), map.region("llm").orElseThrow().in());
    MapMember backbone = map.members().get(4);
    assertTrue(backbone.backbone(), backbone::toString);
    var events = repo.timeline().events();
    assertEquals(
        List.of("vae", "gan", "transformer", "gpt-2", "nist-profile"),
        events.stream().map(TimelineEvent::id).toList());
    assertEquals(new EventDate(2024, 7, 26), events.get(4).date());
    assertEquals(Lane.llm, events.get(2).lane());
    assertEquals("2017-06", events.get(2).date().toString());
  }

  @Test
  void aUserPackAddsAFamilyAndAnEventAndReplacesByTheSameId() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Packs.write(
        mine,
        "pack.yaml",
        "name: mine\nversion: '1'\nschemaVersion: 1\nlanguage: en\nreviewed: 2026-01-01\n");
    Packs.write(mine, "sources.yaml", "mine2025:\n  title: Mine\n  authors: [Me]\n  year: 2025\n");
    Packs.write(
        mine,
        "map.yaml",
        "reviewed: 2026-01-01\nmembers:\n  - id: self-attention\n    in: [generative-ai]\n"
            + "    sources: [mine2025]\n  - id: gan\n    in: [deep-learning]\n"
            + "    sources: [mine2025]\n");
    Packs.write(
        mine,
        "timeline.yaml",
        "reviewed: 2026-01-01\nevents:\n  - id: mine\n    date: 2025-03\n    lane: llm\n"
            + "    concept: self-attention\n    title: My event\n    sources: [mine2025]\n");
    var repo =
        ContentRepository.layered(
            () -> List.of(Packs.fixture(), mine), ContentLimits.DEFAULT, NodeCache.NONE);
    var members = repo.fieldMap().members();
    assertEquals(6, members.size());
    assertEquals(List.of("deep-learning"), members.get(0).in(), "gan moved by the later pack");
    assertEquals("self-attention", members.get(5).id());
    var events = repo.timeline().events();
    assertEquals("mine", events.get(events.size() - 1).id(), "in date order");
  }

  static Stream<Arguments> brokenPictures() {
    return Stream.of(
        broken("unknown concept", "map.yaml", "- id: vae", "- id: vee", "GVL013"),
        broken(
            "a region that is not one",
            "map.yaml",
            "in: [generative-ai, language-model]",
            "in: [generative-ai, gan]",
            "GVL013"),
        broken(
            "in two regions that do not overlap",
            "map.yaml",
            "  - id: vae\n    in: [generative-ai]",
            "  - id: vae\n    in: [generative-ai, deep-learning]",
            "GVL024"),
        broken(
            "a backbone under no pair",
            "map.yaml",
            "under: [generative-ai, language-model]",
            "under: [deep-learning]",
            "GVL024"),
        broken(
            "an overlap across levels",
            "map.yaml",
            "overlaps: generative-ai",
            "overlaps: deep-learning",
            "GVL024"),
        broken(
            "in and under",
            "map.yaml",
            "  - id: gan\n    in: [generative-ai]",
            "  - id: gan\n    in: [generative-ai]\n    under: [generative-ai, language-model]",
            "GVL024"),
        broken(
            "a region inside itself",
            "map.yaml",
            "  - id: deep-learning\n",
            "  - id: deep-learning\n    in: [llm]\n",
            "GVL024"),
        broken("an id twice", "map.yaml", "- id: vae", "- id: gan", "GVL010"),
        broken(
            "a member without a source",
            "map.yaml",
            "    sources: [kingma2013]\n  - id: bert",
            "  - id: bert",
            "GVL005"),
        broken(
            "an event before its source",
            "timeline.yaml",
            "date: 2014-06",
            "date: 2013-06",
            "GVL023"),
        broken(
            "an event off its arXiv month",
            "timeline.yaml",
            "date: 2017-06",
            "date: 2017-08",
            "GVL023"),
        broken(
            "an event without a source",
            "timeline.yaml",
            "    sources: [goodfellow2014]\n",
            "",
            "GVL005"),
        broken(
            "an event of an unknown concept",
            "timeline.yaml",
            "concept: gan",
            "concept: gann",
            "GVL013"),
        broken("an event not a date", "timeline.yaml", "date: 2013-12", "date: 2013-13", "GVL006"),
        broken(
            "an event after the review",
            "timeline.yaml",
            "date: 2024-07-26",
            "date: 2026-02",
            "GVL023"));
  }

  private static Arguments broken(String name, String file, String from, String to, String code) {
    return Arguments.of(name, file, from.replace("\\n", "\n"), to.replace("\\n", "\n"), code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPictures")
  void brokenPicturesAreReported(String name, String file, String from, String to, String code)
      throws Exception {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    String text = Files.readString(pack.resolve(file));
    assertTrue(text.contains(from), () -> "the fixture changed: no " + from);
    Packs.write(pack, file, text.replace(from, to));
    var report =
        new PackLinter(ContentLimits.DEFAULT, LocalDate.of(2026, 1, 20), Set.of())
            .lint(List.of(pack), null, Set.of("GVL019"));
    assertTrue(
        report.problems().stream().anyMatch(p -> p.rule().code().equals(code)),
        () -> name + ": " + report.problems());
    assertTrue(
        report.problems().stream().allMatch(p -> p.file().endsWith(file)),
        () -> "found in " + file + " only: " + report.problems());
  }

  @Test
  void anEventAgreesWithTheDatedPointsOfTheDimensionItNames() throws Exception {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    String timeline = Files.readString(pack.resolve("timeline.yaml"));
    Packs.write(pack, "timeline.yaml", timeline.replace("events:", "dimension: data\nevents:"));
    Supplier<List<?>> problems =
        () ->
            new PackLinter(ContentLimits.DEFAULT, LocalDate.of(2026, 1, 20), Set.of())
                .lint(List.of(pack), null, Set.of("GVL019"))
                .problems();
    assertEquals(List.of(), problems.get(), "no dated point cites the events' sources yet");
    String data = Files.readString(pack.resolve("dimensions/data.yaml"));
    assertTrue(data.contains("    - text: "), "the fixture changed");
    Packs.write(
        pack,
        "dimensions/data.yaml",
        data.replaceFirst(
            "    - text: ",
            "    - text: 2015–2016 — GANs, says this point wrongly.\n"
                + "      sources: [goodfellow2014]\n    - text: "));
    var found = problems.get().toString();
    assertTrue(found.contains("event gan dated 2014"), found);
    assertTrue(found.contains("cites goodfellow2014 only under 2015–2016"), found);
  }

  @Test
  void aCommandNeedsAMap() {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    try {
      Files.delete(pack.resolve("map.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    var repo = new ContentRepository(pack, ContentLimits.DEFAULT);
    ContentException e = assertThrows(ContentException.class, repo::fieldMap);
    assertTrue(e.getMessage().contains("no pack in use has one"), e::getMessage);
  }
}
