package dev.genaivsllm.core;

import dev.genaivsllm.model.PackInfo;
import dev.genaivsllm.model.Question;
import java.util.List;

/**
 * The questions of one quiz, in order, each with its options in the order shown.
 *
 * @param seed the seed that made this plan; the same seed and options make the same plan
 */
public record QuizPlan(PackInfo pack, long seed, List<Item> items) {
  /**
   * One question as asked.
   *
   * @param order for each shown position, the index of the option as written
   */
  public record Item(Question question, List<Integer> order) {
    public Item {
      order = List.copyOf(order);
    }

    /** The option shown at a position. */
    public Question.Option shown(int position) {
      return question.options().get(order.get(position));
    }

    /** Shown positions of the correct options, ascending. */
    public List<Integer> correctPositions() {
      return java.util.stream.IntStream.range(0, order.size())
          .filter(p -> shown(p).correct())
          .boxed()
          .toList();
    }

    /** The letter of a shown position: a, b, c, ... */
    public static char letter(int position) {
      return (char) ('a' + position);
    }
  }

  public QuizPlan {
    items = List.copyOf(items);
  }
}
