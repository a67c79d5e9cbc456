package dev.genaivsllm.understand;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A text as weights over stems (term frequency times rarity), compared by cosine: 1 when two texts
 * weigh the same stems alike, 0 when they share none. Bounded, so a score can be held against a
 * floor.
 */
public final class TermVector {
  public static final TermVector EMPTY = new TermVector(Map.of());

  private final Map<String, Double> weights;
  private final double norm;

  TermVector(Map<String, Double> weights) {
    this.weights = Sorted.copy(weights);
    double sum = 0;
    for (double w : this.weights.values()) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  /** The weight of one stem; 0 when absent. */
  public double weight(String stem) {
    return weights.getOrDefault(stem, 0.0);
  }

  public Map<String, Double> weights() {
    return Collections.unmodifiableMap(weights);
  }

  public boolean isEmpty() {
    return weights.isEmpty() || norm == 0;
  }

  /** This vector without some stems: what a text says besides them. */
  public TermVector without(java.util.Collection<String> stems) {
    Map<String, Double> rest = new HashMap<>(weights);
    stems.forEach(rest::remove);
    return new TermVector(rest);
  }

  /** The cosine of the angle between two vectors, in [0, 1]; 0 when either is empty. */
  public double cosine(TermVector other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1, dot / (norm * other.norm));
  }

  /** Adds weights, keeping the larger where both have a stem. */
  static final class Builder {
    private final Map<String, Double> weights = new HashMap<>();

    Builder add(String stem, double weight) {
      if (weight > 0) {
        weights.merge(stem, weight, Math::max);
      }
      return this;
    }

    Builder sum(String stem, double weight) {
      if (weight > 0) {
        weights.merge(stem, weight, Double::sum);
      }
      return this;
    }

    TermVector build() {
      return new TermVector(weights);
    }
  }
}
