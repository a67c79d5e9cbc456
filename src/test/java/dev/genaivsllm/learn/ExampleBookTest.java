package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.testing.Packs;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar carries every tuning file of eval/ and no held-out one. */
class ExampleBookTest {
  private static List<String> inEval(String glob) throws IOException {
    try (Stream<java.nio.file.Path> files = Files.list(Packs.projectRoot().resolve("eval"))) {
      java.nio.file.PathMatcher m =
          java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return files
          .map(p -> p.getFileName())
          .filter(m::matches)
          .map(Object::toString)
          .sorted()
          .toList();
    }
  }

  @Test
  void everyTuningFileIsCarriedAndNoHeldOutOne() throws IOException {
    for (String kind : List.of("ask", "recommend")) {
      List<String> carried = ExampleBook.files(kind).stream().sorted().toList();
      assertEquals(inEval(kind + "-tuning*.yaml"), carried, kind);
      assertFalse(inEval(kind + "-heldout*.yaml").isEmpty(), kind);
      assertTrue(carried.stream().noneMatch(f -> f.contains("heldout")), kind);
    }
  }

  @Test
  void aFileLeftOutGivesNoExample() {
    List<Example> all = ExampleBook.bundled("ask", null);
    List<Example> without = ExampleBook.bundled("ask", "ask-tuning-26.yaml");
    long own = all.stream().filter(e -> e.origin().equals("ask-tuning-26.yaml")).count();
    assertTrue(own > 100, () -> own + " examples");
    assertEquals(all.size() - own, without.size());
    assertTrue(without.stream().noneMatch(e -> e.origin().equals("ask-tuning-26.yaml")));
    assertTrue(all.stream().anyMatch(e -> e.label().equals(TextClassifier.NONE)));
  }

  @Test
  void onlyThePacksOverTheBundledOneLearnFromTheExamples() {
    assertTrue(ExampleBook.forPacks(List.of("genai-vs-llm-core", "my-course")));
    assertFalse(ExampleBook.forPacks(List.of("fixture")));
    assertFalse(ExampleBook.forPacks(List.of()));
  }
}
