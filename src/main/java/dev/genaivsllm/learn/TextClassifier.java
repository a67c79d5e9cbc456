package dev.genaivsllm.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Learns from examples which answer a text gets: word and word-pair features ({@link Ngrams}) and
 * one linear classifier per answer ({@link LinearSvm}). Trained when it is made, from the examples
 * it is given; the same examples and seed give the same classifier.
 */
public final class TextClassifier {
  /** The label of an example that nothing answers. */
  public static final String NONE = "none";

  private final Ngrams ngrams;
  private final List<String> labels;
  private final float[][] weights;

  TextClassifier(Ngrams ngrams, List<String> labels, float[][] weights) {
    if (weights.length != labels.size()) {
      throw new IllegalArgumentException(labels.size() + " labels, " + weights.length + " weights");
    }
    for (float[] w : weights) {
      if (w.length != ngrams.size() + 1) {
        throw new IllegalArgumentException(
            w.length + " weights for " + ngrams.size() + " features");
      }
    }
    this.ngrams = ngrams;
    this.labels = List.copyOf(labels);
    this.weights = weights;
  }

  Ngrams ngrams() {
    return ngrams;
  }

  List<String> labels() {
    return labels;
  }

  /** Each label's weights, the bias last (not copies). */
  float[][] weights() {
    return weights;
  }

  /** A label and how strongly the classifier gives it (its margin; above 0 means yes). */
  public record Guess(String label, double score) {}

  public static TextClassifier train(List<Example> examples, SplittableRandom random) {
    // each text is split once, for the feature counts and for its vector
    List<List<String>> terms = examples.stream().map(e -> Ngrams.terms(e.text())).toList();
    Ngrams ngrams = Ngrams.of(terms);
    Map<String, Integer> byLabel = new TreeMap<>();
    examples.forEach(e -> byLabel.putIfAbsent(e.label(), 0));
    List<String> labels = new ArrayList<>(byLabel.keySet());
    for (int i = 0; i < labels.size(); i++) {
      byLabel.put(labels.get(i), i);
    }
    List<SparseVector> xs = new ArrayList<>(examples.size());
    int[] ys = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      xs.add(ngrams.vector(terms.get(i)));
      ys[i] = byLabel.get(examples.get(i).label());
    }
    float[][] weights = LinearSvm.train(xs, ys, labels.size(), ngrams.size(), random);
    return new TextClassifier(ngrams, List.copyOf(labels), weights);
  }

  /** Every label, the most likely first. */
  public List<Guess> rank(String text) {
    SparseVector x = ngrams.vector(Ngrams.terms(text));
    List<Guess> guesses = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      guesses.add(new Guess(labels.get(i), x.dot(weights[i]) + weights[i][ngrams.size()]));
    }
    guesses.sort(Comparator.comparingDouble(Guess::score).reversed());
    return guesses;
  }
}
