package dev.genaivsllm.content;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.Source;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The YAML loader and the mappers, fed anything: only a {@link ContentException} may come out (no
 * other exception, no hang), and a collecting run reports instead of throwing.
 */
class ContentFuzzTest {
  private static final ContentLimits LIMITS = new ContentLimits(64 * 1024, 1 << 20, 100, 16, 0);
  private static final Bibliography SOURCES =
      new Bibliography(
          List.of(
              new Source(
                  "k",
                  "T",
                  List.of("A"),
                  false,
                  2020,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  List.of(),
                  Optional.empty(),
                  false)));
  private static final List<String> IDS = List.of("a", "b");

  @FuzzTest(maxDuration = "2m")
  void loadingAnyBytesEndsInContentOrAContentError(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 6);
    byte[] bytes = data.consumeRemainingAsBytes();
    Node node;
    try {
      node = new YamlReader(LIMITS).parse(bytes, "fuzz.yaml");
    } catch (ContentException expected) {
      return;
    }
    map(kind, node, Problems.collecting());
    try {
      map(kind, node, Problems.strict());
    } catch (ContentException expected) {
      // a template problem, reported with its position
    }
  }

  private static void map(int kind, Node node, Problems problems) {
    switch (kind) {
      case 0 -> PackMapper.map("f", node, problems);
      case 1 -> SourcesMapper.map("f", node, problems);
      case 2 -> DimensionMapper.map("a", "f", node, SOURCES, IDS, problems);
      case 3 -> ConceptMapper.map("a", "f", node, SOURCES, IDS, IDS, problems);
      case 4 -> QuizMapper.map("a", "f", node, SOURCES, IDS, IDS, problems);
      case 5 -> FamilyMapper.map("a", "f", node, SOURCES, IDS, problems);
      default -> SignalMapper.map("f", node, IDS, problems);
    }
  }
}
