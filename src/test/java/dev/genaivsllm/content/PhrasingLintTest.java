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

/**
 * GVL021, GVL022 and GVL026: every entry says how people ask about it, no two say the same, and the
 * lexicon's signs neither refuse what an entry is written to answer nor match almost anything.
 */
class PhrasingLintTest {
  @TempDir Path dir;

  private static List<Problem> problems(Path pack, Rule rule) {
    return new PackLinter(ContentLimits.DEFAULT, LocalDate.of(2026, 12, 3), Set.of())
        .lint(List.of(pack), null, Set.of()).problems().stream()
            .filter(p -> p.rule() == rule)
            .toList();
  }

  @Test
  void anEntryWithoutPhrasingsIsAWarningAtItsTitle() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Path gan = pack.resolve("concepts/gan.yaml");
    Files.writeString(
        gan, Files.readString(gan).replaceAll("(?s)phrasings:\\n(  - [^\\n]*\\n)+", ""));
    List<Problem> found = problems(pack, Rule.MISSING_PHRASINGS);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).file().endsWith("gan.yaml"), found.toString());
    assertEquals(1, found.get(0).line(), "the title's line");
    assertTrue(found.get(0).rule().warning());
  }

  @Test
  void thePhrasingOfTwoEntriesIsAWarningAtTheSecond() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.replace(
        pack,
        "concepts/vae.yaml",
        "phrasings:\n",
        "phrasings:\n  - Two networks competing to fake pictures!\n");
    List<Problem> found = problems(pack, Rule.DUPLICATE_PHRASING);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("concepts/gan.yaml"), found.toString());
  }

  @Test
  void aSignThatRefusesAnEntrysOwnPhrasingOrIsOnlyStopWordsIsAWarning() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Packs.append(pack, "lexicon.yaml", "field: [the]\nelsewhere: [networks]\n");
    List<Problem> found = problems(pack, Rule.LEXICON_SIGN);
    assertTrue(found.stream().anyMatch(p -> p.file().endsWith("lexicon.yaml")), found.toString());
    assertTrue(
        found.stream()
            .anyMatch(
                p -> p.file().endsWith("gan.yaml") && p.message().contains("ask would refuse it")),
        found.toString());
    assertTrue(found.stream().allMatch(p -> p.rule().warning()));
  }

  @Test
  void aLexiconPhraseThatShrinksToOneWordIsAWarning() throws IOException {
    Path pack = Packs.copy(Packs.fixture(), dir.resolve("pack"));
    Files.writeString(
        pack.resolve("lexicon.yaml"),
        "terms:\n"
            + "  - term: attention\n"
            + "    means: [focus, which words matter, our focus]\n"
            + "  - term: image\n"
            + "    means: [picture, photo]\n");
    List<Problem> found = problems(pack, Rule.LEXICON_PHRASE);
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.stream().anyMatch(p -> p.message().contains("'our focus' is matched as")),
        found.toString());
    assertTrue(found.stream().allMatch(p -> p.rule().warning()));
  }

  @Test
  void theBundledLexiconHasNoPhraseThatShrinksToOneWord() {
    assertEquals(List.of(), problems(Packs.real(), Rule.LEXICON_PHRASE));
  }

  @Test
  void theBundledPacksSignsRefuseNoneOfItsOwnEntries() {
    assertEquals(List.of(), problems(Packs.real(), Rule.LEXICON_SIGN));
  }

  @Test
  void theBundledPackHasPhrasingsEverywhereAndNoDuplicates() {
    assertEquals(List.of(), problems(Packs.real(), Rule.MISSING_PHRASINGS));
    assertEquals(List.of(), problems(Packs.real(), Rule.DUPLICATE_PHRASING));
  }
}
