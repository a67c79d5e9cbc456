package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Statement;
import java.util.ArrayList;
import java.util.List;

/** The text of an entry, gathered by part, for matching what people type against it. */
final class Texts {
  private Texts() {}

  /** The title, the id as words ("self attention") and every alias. */
  static List<String> names(String title, String id, List<String> aliases) {
    List<String> names = new ArrayList<>();
    names.add(title);
    names.add(id.replace('-', ' '));
    names.addAll(aliases);
    return names;
  }

  /** A dimension's question, summary and both sides' one-line summaries. */
  static String summary(Dimension d) {
    return String.join(" ", d.question(), d.summary(), d.genai().summary(), d.llm().summary());
  }

  static String body(Dimension d) {
    List<String> parts = new ArrayList<>();
    for (Side side : List.of(d.genai(), d.llm())) {
      side.points().stream().map(Statement::text).forEach(parts::add);
    }
    d.nuance().stream().map(Statement::text).forEach(parts::add);
    for (Misconception m : d.misconceptions()) {
      parts.add(m.claim());
      parts.add(m.correction());
    }
    return String.join(" ", parts);
  }

  static String body(Concept c) {
    return String.join(" ", c.beginner(), c.practitioner(), c.isNot(), c.placementNote());
  }

  /** Everything an entry says, names and phrasings included: what its vocabulary is made of. */
  static String all(Dimension d) {
    return String.join(
        " ",
        String.join(" ", names(d.title(), d.id(), d.aliases())),
        String.join(" ", d.phrasings()),
        summary(d),
        body(d));
  }

  static String all(Concept c) {
    return String.join(
        " ",
        String.join(" ", names(c.title(), c.id(), c.aliases())),
        String.join(" ", c.phrasings()),
        c.definition(),
        body(c));
  }
}
