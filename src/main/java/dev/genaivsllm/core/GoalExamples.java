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
 * As {@code ask} does with phrasings, a goal is held against each example and against all of a
 * family's examples read as one text, so that words many of them share count when no one example is
 * close.
 */
final class GoalExamples {
  /** What the closest example is worth at a perfect match; less, in proportion, below. */
  static final double POINTS = 8;

  /** Below this similarity an example says nothing. */
  static final double FLOOR = 0.2;

  /** What all of a family's examples, read as one text, are worth at a perfect match. */
  static final double ALL_POINTS = 16;

  /**
   * The closest example of one family (empty when none is close on its own) and what the family's
   * examples add: the closest one's share and all of them together.
   */
  record Closest(String goal, double similarity, int points) {}

  private record Example(String family, String goal, TermVector vector) {}

  private final TextReader reader;
  private final List<Example> examples = new ArrayList<>();
  private final Map<String, TermVector> together = new HashMap<>();

  GoalExamples(List<Family> families, LexiconMatcher lexicon) {
    Vocabulary.Builder words = new Vocabulary.Builder();
    for (Family f : families) {
      f.goals().forEach(words::document);
      f.goodAt().forEach(words::document);
    }
    words.know(lexicon.terms());
    this.reader = new TextReader(words.build(), lexicon);
    for (Family f : families) {
      List<String> all = new ArrayList<>(f.goals());
      all.addAll(f.goodAt());
      together.put(f.id(), reader.together(all));
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
    return nearest(reader.read(text)).values().stream()
        .mapToDouble(Closest::similarity)
        .max()
        .orElse(0);
  }

  /** How close the closest example of each family is, when it is close enough. */
  private Map<String, Closest> nearest(Reading reading) {
    Map<String, Closest> best = new HashMap<>();
    for (Example e : examples) {
      double similarity = reading.vector().cosine(e.vector());
      Closest now = best.get(e.family());
      if (similarity >= FLOOR && (now == null || similarity > now.similarity())) {
        best.put(e.family(), new Closest(e.goal(), similarity, 0));
      }
    }
    return best;
  }

  /**
   * For every family whose examples say something about the goal, the closest one (if any is close
   * enough) and the points its examples give.
   */
  Map<String, Closest> closest(String text) {
    Reading reading = reader.read(text);
    Map<String, Closest> nearest = nearest(reading);
    Map<String, Closest> result = new HashMap<>();
    together.forEach(
        (family, all) -> {
          Closest near = nearest.get(family);
          double one = near == null ? 0 : near.similarity();
          int points = (int) Math.round(POINTS * one + ALL_POINTS * reading.vector().cosine(all));
          if (near != null || points > 0) {
            result.put(family, new Closest(near == null ? "" : near.goal(), one, points));
          }
        });
    return result;
  }
}
