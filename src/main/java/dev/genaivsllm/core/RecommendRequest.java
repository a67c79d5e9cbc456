package dev.genaivsllm.core;

import dev.genaivsllm.model.Modality;
import java.util.Set;

/**
 * A goal in the user's words, and what the flags added.
 *
 * @param explain show how every score was computed
 * @param guided whether the answers came from the guided questions rather than the command line, so
 *     that what is shown speaks of answers, not of flags
 */
public record RecommendRequest(
    String goal,
    Set<Modality> inputs,
    Set<Modality> outputs,
    Set<Need> needs,
    boolean explain,
    boolean guided) {
  public RecommendRequest {
    inputs = Modality.ordered(inputs);
    outputs = Modality.ordered(outputs);
    Set<Need> orderedNeeds = java.util.EnumSet.noneOf(Need.class);
    orderedNeeds.addAll(needs);
    needs = java.util.Collections.unmodifiableSet(orderedNeeds);
  }

  /** A request from the command line. */
  public RecommendRequest(
      String goal, Set<Modality> inputs, Set<Modality> outputs, Set<Need> needs, boolean explain) {
    this(goal, inputs, outputs, needs, explain, false);
  }

  /** The same request, marked as answered through the guided questions. */
  public RecommendRequest asGuided() {
    return new RecommendRequest(goal, inputs, outputs, needs, explain, true);
  }
}
