package dev.genaivsllm.learn;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.EvalSetReader;
import dev.genaivsllm.model.EvalSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples the jar carries: the tuning files of eval/ ({@code ask-tuning.yaml}, {@code
 * ask-tuning-2.yaml} and on; likewise {@code recommend-tuning}), copied in by the build. Each case
 * with one expected answer (or none) is an example; comparisons of two entries are left to the
 * rules. The held-out files are never among them.
 */
public final class ExampleBook {
  private ExampleBook() {}

  /**
   * Whether the bundled examples speak to these packs (named bottom first): only when the bundled
   * pack is the bottom one, since their answers are its entries and families.
   */
  public static boolean forPacks(List<String> names) {
    return !names.isEmpty() && names.get(0).equals(PACK);
  }

  /** The examples for {@code ask} or {@code recommend}, leaving out the file named {@code skip}. */
  public static List<Example> bundled(String kind, String skip) {
    List<Example> examples = new ArrayList<>();
    EvalSetReader reader = new EvalSetReader(ContentLimits.DEFAULT);
    for (String name : files(kind)) {
      if (name.equals(skip)) {
        continue;
      }
      EvalSet set = reader.read(bytes(name), name);
      for (EvalSet.Case c : set.cases()) {
        if (c.expect().size() <= 1) {
          examples.add(
              new Example(c.text(), c.none() ? TextClassifier.NONE : c.expect().get(0), name));
        }
      }
    }
    return examples;
  }

  /** The bundled files' names, in order; numbering has no gaps. */
  public static List<String> files(String kind) {
    List<String> names = new ArrayList<>();
    for (int n = 1; ; n++) {
      String name = kind + "-tuning" + (n == 1 ? "" : "-" + n) + ".yaml";
      if (ExampleBook.class.getResource(PLACE + name) == null) {
        return names;
      }
      names.add(name);
    }
  }

  static byte[] bytes(String name) {
    return resource(PLACE + name);
  }

  /** A resource the jar carries, by a name relative to this package or absolute ("/dev/..."). */
  static byte[] resource(String name) {
    try (InputStream in = ExampleBook.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String PLACE = "examples/";

  /** The name of the pack the examples were written for (content/pack.yaml). */
  private static final String PACK = "genai-vs-llm-core";
}
