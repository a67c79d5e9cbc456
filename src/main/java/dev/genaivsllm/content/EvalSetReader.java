package dev.genaivsllm.content;

import dev.genaivsllm.model.EvalSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an evaluation file (eval/README.md): {@code questions} for {@code ask}, each with {@code q}
 * and {@code expect}; or {@code goals} for {@code recommend}, each with {@code goal} and {@code
 * expect}. Read within the same limits and with the same one-line errors as a pack's files.
 */
public final class EvalSetReader {
  private final ContentLimits limits;

  public EvalSetReader(ContentLimits limits) {
    this.limits = limits;
  }

  public EvalSet read(Path file) {
    String name = file.toString();
    return read(new YamlReader(limits).read(file, name), name);
  }

  /** Reads an evaluation file already in memory (one the jar carries), named {@code name}. */
  public EvalSet read(byte[] bytes, String name) {
    return read(new YamlReader(limits).parse(bytes, name), name);
  }

  private EvalSet read(Node node, String name) {
    Problems problems = Problems.strict();
    YamlMap map = YamlMap.of(name, "", node, problems).allowOnly(Set.of("questions", "goals"));
    boolean ask = map.keys().contains("questions");
    String list = ask ? "questions" : "goals";
    String textField = ask ? "q" : "goal";
    List<EvalSet.Case> cases = new ArrayList<>();
    for (YamlMap c : map.maps(list, 1, 5000)) {
      c.allowOnly(Set.of(textField, "expect", "accept", "then"));
      String text = c.text(textField, 2000);
      List<String> expect = expect(c);
      cases.add(
          new EvalSet.Case(
              text,
              expect,
              c.keys().contains("accept") ? c.texts("accept", 0, 5, 60) : List.of(),
              c.keys().contains("then") ? c.texts("then", 0, 5, 60) : List.of()));
    }
    return new EvalSet(name, ask ? "ask" : "recommend", cases);
  }

  /** One id, or a list of two, or {@code none}. */
  private static List<String> expect(YamlMap c) {
    Node value = c.value("expect");
    if (value instanceof SequenceNode) {
      return c.texts("expect", 1, 2, 60);
    }
    if (!(value instanceof ScalarNode)) {
      c.report("expect", Rule.WRONG_TYPE, "expected an id, a list of two ids, or none");
      return List.of();
    }
    String id = c.text("expect", 60);
    return id.equals("none") ? List.of() : List.of(id);
  }
}
