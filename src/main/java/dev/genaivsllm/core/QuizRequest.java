package dev.genaivsllm.core;

import dev.genaivsllm.model.Difficulty;
import java.util.List;
import java.util.Optional;

/**
 * What the learner asked for.
 *
 * @param topics dimension or concept names; a question matches when it tests any of them
 * @param review put questions that are due for review first
 */
public record QuizRequest(
    int count, List<String> topics, Optional<Difficulty> difficulty, boolean review) {
  public QuizRequest {
    topics = List.copyOf(topics);
  }
}
