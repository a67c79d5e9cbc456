package dev.genaivsllm.core;

import dev.genaivsllm.model.Modality;
import java.util.Set;

/**
 * A goal in the user's words, and what the flags added.
 *
 * @param explain show how every score was computed
 */
public record RecommendRequest(
    String goal, Set<Modality> inputs, Set<Modality> outputs, Set<Need> needs, boolean explain) {
  public RecommendRequest {
    inputs = Set.copyOf(inputs);
    outputs = Set.copyOf(outputs);
    needs = Set.copyOf(needs);
  }
}
