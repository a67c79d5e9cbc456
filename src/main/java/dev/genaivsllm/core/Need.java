package dev.genaivsllm.core;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

/**
 * What a goal may require beyond its task. The labels are what users type ({@code --need
 * on-device}) and the ids of the matching need signals in {@code recommend/signals.yaml}.
 */
public enum Need {
  GROUNDING("grounding"),
  CITATIONS("citations"),
  REALTIME("realtime"),
  ON_DEVICE("on-device"),
  LOW_COST("low-cost"),
  PRIVACY("privacy"),
  EXACT_LIKELIHOOD("exact-likelihood"),
  CONTROLLABILITY("controllability"),
  LITTLE_DATA("little-data");

  private final String label;

  Need(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Need> of(String label) {
    return Arrays.stream(values()).filter(n -> n.label.equals(label)).findFirst();
  }

  /** The labels, for help and shell completion. */
  public static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Need::label).iterator();
    }
  }
}
