package dev.genaivsllm.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdMatcherTest {
  private static final List<String> IDS =
      List.of("architecture", "adaptation", "applications", "data", "self-attention", "models");
  private static final Map<String, String> NAMES =
      Map.of("model-families", "architecture", "training-data", "data");

  private final IdMatcher matcher = new IdMatcher("dimension");

  @ParameterizedTest
  @CsvSource({
    "architecture, architecture",
    "ARCHITECTURE, architecture",
    "'  Architecture ', architecture",
    "arch, architecture",
    "Self Attention, self-attention",
    "self_attention, self-attention",
    "architectures, architecture",
    "model, models",
    "model families, architecture",
    "Training Data, data"
  })
  void resolves(String query, String id) {
    assertEquals(id, matcher.resolve(query, IDS, () -> NAMES));
  }

  @Test
  void anIdDecidesWithoutAskingForNames() {
    AtomicInteger asked = new AtomicInteger();
    Supplier<Map<String, String>> names =
        () -> {
          asked.incrementAndGet();
          return NAMES;
        };
    matcher.resolve("arch", IDS, names);
    matcher.resolve("data", IDS, names);
    assertEquals(0, asked.get());
  }

  @Test
  void ambiguousPrefixListsEveryMatch() {
    UnknownIdException e =
        assertThrows(UnknownIdException.class, () -> matcher.resolve("a", IDS, () -> NAMES));
    assertTrue(e.ambiguous());
    assertEquals(List.of("architecture", "adaptation", "applications"), e.candidates());
    assertEquals(
        "'a' matches more than one dimension: architecture, adaptation, applications",
        e.getMessage());
  }

  @Test
  void typoGetsTheClosestIds() {
    UnknownIdException e =
        assertThrows(
            UnknownIdException.class, () -> matcher.resolve("archtecture", IDS, () -> NAMES));
    assertEquals(List.of("architecture"), e.candidates());
    assertEquals("unknown dimension 'archtecture'; did you mean 'architecture'?", e.getMessage());
  }

  @Test
  void typoInAnAliasSuggestsItsId() {
    UnknownIdException e =
        assertThrows(
            UnknownIdException.class, () -> matcher.resolve("model famlies", IDS, () -> NAMES));
    assertEquals(List.of("architecture"), e.candidates());
  }

  @Test
  void nothingCloseGivesNoSuggestion() {
    UnknownIdException e =
        assertThrows(UnknownIdException.class, () -> matcher.resolve("quantum", IDS, () -> NAMES));
    assertEquals(List.of(), e.candidates());
    assertEquals("unknown dimension 'quantum'", e.getMessage());
  }

  @Test
  void emptyQueryMatchesNothing() {
    assertThrows(UnknownIdException.class, () -> matcher.resolve("  ", IDS, () -> NAMES));
  }

  @Test
  void editDistanceCountsSwapsAsOne() {
    assertEquals(0, EditDistance.between("data", "data"));
    assertEquals(1, EditDistance.between("data", "dtaa"));
    assertEquals(1, EditDistance.between("data", "dat"));
    assertEquals(2, EditDistance.between("cost", "coats"));
    assertEquals(4, EditDistance.between("", "data"));
  }
}
