package dev.genaivsllm.core;

import dev.genaivsllm.model.Family;
import dev.genaivsllm.understand.LexiconMatcher;
import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.TermVector;
import dev.genaivsllm.understand.TextReader;
import dev.genaivsllm.understand.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs each family is the usual first choice for (its {@code goals}, and what it is good at),
 * read the way {@code ask} reads entries, so that a goal can be held against them: "flag which of
 * our emails come from furious customers" is close to "detect angry messages in the support inbox".
 */
final class GoalExamples {
  /** What the closest example is worth at a perfect match; less, in proportion, below. */
  static final double POINTS = 8;

  /** Below this similarity an example says nothing. */
  static final double FLOOR = 0.2;

  /** The closest example of one family and what it adds. */
  record Closest(String goal, double similarity, int points) {}

  private record Example(String family, String goal, TermVector vector) {}

  private final TextReader reader;
  private final List<Example> examples = new ArrayList<>();

  GoalExamples(List<Family> families, LexiconMatcher lexicon) {
    Vocabulary.Builder words = new Vocabulary.Builder();
    for (Family f : families) {
      f.goals().forEach(words::document);
      f.goodAt().forEach(words::document);
    }
    words.know(lexicon.terms());
    this.reader = new TextReader(words.build(), lexicon);
    for (Family f : families) {
      for (String goal : f.goals()) {
        examples.add(new Example(f.id(), goal, reader.document(goal)));
      }
      for (String job : f.goodAt()) {
        examples.add(new Example(f.id(), job, reader.document(job)));
      }
    }
  }

  /** How close the closest example of any family is, in [0, 1]. */
  double best(String text) {
    return closest(text).values().stream().mapToDouble(Closest::similarity).max().orElse(0);
  }

  /** For every family with an example close enough, the closest one. */
  Map<String, Closest> closest(String text) {
    Reading reading = reader.read(text);
    Map<String, Closest> best = new HashMap<>();
    for (Example e : examples) {
      double similarity = reading.vector().cosine(e.vector());
      Closest now = best.get(e.family());
      if (similarity >= FLOOR && (now == null || similarity > now.similarity())) {
        best.put(
            e.family(), new Closest(e.goal(), similarity, (int) Math.round(POINTS * similarity)));
      }
    }
    return best;
  }
}
