package dev.genaivsllm.core;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One searchable entry: its text fields, each of a class that says how much a match there counts (a
 * name over a summary over the body), the concepts it covers, and the command that opens it.
 *
 * @param covers for a dimension, the concepts it lists; a dimension that covers a concept the query
 *     names is relevant to that query too
 */
record SearchDocument(
    String kind, String id, String title, List<Field> fields, List<String> covers, String command) {

  /** How much a field counts. */
  enum Weight {
    /** The title, the id, an alias: the entry is about this. */
    NAME(10),
    /** A definition, question or one-line summary. */
    SUMMARY(3),
    /** Explanations, points, nuance: the entry mentions this. */
    BODY(1);

    final double value;

    Weight(double value) {
      this.value = value;
    }
  }

  /** One piece of text and its class. */
  record Field(String name, String text, Weight weight) {}

  static SearchDocument of(Concept c) {
    List<Field> fields = new ArrayList<>();
    names(fields, c.title(), c.id(), c.aliases());
    fields.add(new Field("definition", c.definition(), Weight.SUMMARY));
    fields.add(new Field("beginner", c.beginner(), Weight.BODY));
    fields.add(new Field("practitioner", c.practitioner(), Weight.BODY));
    fields.add(new Field("isNot", c.isNot(), Weight.BODY));
    return new SearchDocument("concept", c.id(), c.title(), fields, List.of(), "explain " + c.id());
  }

  static SearchDocument of(Dimension d) {
    List<Field> fields = new ArrayList<>();
    names(fields, d.title(), d.id(), d.aliases());
    fields.add(new Field("question", d.question(), Weight.SUMMARY));
    fields.add(new Field("summary", d.summary(), Weight.SUMMARY));
    side(fields, "genai", d.genai());
    side(fields, "llm", d.llm());
    d.nuance().forEach(n -> fields.add(new Field("nuance", n.text(), Weight.BODY)));
    for (Misconception m : d.misconceptions()) {
      fields.add(new Field("misconceptions", m.claim() + " " + m.correction(), Weight.BODY));
    }
    return new SearchDocument(
        "dimension", d.id(), d.title(), fields, d.concepts(), "compare " + d.id());
  }

  private static void names(List<Field> fields, String title, String id, List<String> aliases) {
    fields.add(new Field("title", title, Weight.NAME));
    fields.add(new Field("id", id.replace('-', ' '), Weight.NAME));
    aliases.forEach(a -> fields.add(new Field("alias", a, Weight.NAME)));
  }

  private static void side(List<Field> fields, String name, Side side) {
    fields.add(new Field(name + ".summary", side.summary(), Weight.SUMMARY));
    for (Statement p : side.points()) {
      fields.add(new Field(name + ".points", p.text(), Weight.BODY));
    }
  }
}
