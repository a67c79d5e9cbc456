package dev.genaivsllm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaivsllm.model.Placement;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

class ScalarReaderTest {
  private final List<String> reported = new ArrayList<>();
  private final ScalarReader scalars =
      new ScalarReader((where, path, rule, problem) -> reported.add(path + ": " + problem));

  /** The value of the one field of a one-line YAML map, as the reader composes it. */
  private static Node value(String yaml) {
    Node node =
        new YamlReader(ContentLimits.DEFAULT)
            .parse(yaml.getBytes(StandardCharsets.UTF_8), "f.yaml");
    return ((MappingNode) node).getValue().get(0).getValueNode();
  }

  @Test
  void valuesKeepTheTextTheAuthorWrote() {
    assertEquals("1.10", scalars.text(value("v: 1.10"), "v", 20));
    assertFalse(scalars.bool(value("b: false"), "b", true));
    assertEquals(List.of(), reported);
    assertTrue(scalars.bool(value("b: no"), "b", true), "no is not YAML 1.1's false");
    assertEquals(List.of("b: expected true or false, found 'no'"), reported);
  }

  @Test
  void brokenValuesAreReportedAndGiveAStandIn() {
    assertEquals(3, scalars.integer(value("n: 11"), "n", 3, 10));
    assertEquals(3, scalars.integer(value("n: ten"), "n", 3, 10));
    assertEquals(LocalDate.EPOCH, scalars.date(value("d: 24/11/2026"), "d"));
    assertEquals(Placement.values()[0], scalars.choice(value("s: middle"), "s", Placement.class));
    assertEquals(
        List.of(
            "n: must be between 3 and 10, found 11",
            "n: expected a whole number, found 'ten'",
            "d: expected a date as YYYY-MM-DD, found '24/11/2026'",
            "s: expected one of " + ScalarReader.names(Placement.values()) + ", found 'middle'"),
        reported);
  }

  @Test
  void idsTextsAndListsWhereOneValueBelongs() {
    scalars.id(value("i: Not-An-Id"), "i");
    scalars.text(value("t: [a, b]"), "t", 20);
    scalars.text(value("t: abcdef"), "t", 5);
    assertEquals(
        List.of(
            "i: 'Not-An-Id' is not an id (lower-case words joined by hyphens)",
            "t: expected a single value, found a list",
            "t: must not be empty",
            "t: 6 characters, over the limit of 5"),
        reported);
  }
}
