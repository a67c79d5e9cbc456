package dev.genaivsllm.learn;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Trains one linear classifier per label, that label against all others: an L2-regularised support
 * vector machine with the squared hinge loss, solved in its dual by coordinate descent with
 * shrinking (Hsieh et al., ICML 2008, as LIBLINEAR does it). Each weight vector ends with a bias,
 * for a feature that is always 1.
 */
final class LinearSvm {
  /** How much a training error costs against a large weight (LIBLINEAR's C). */
  private static final double C = 0.5;

  /** Stop when the projected gradients all lie within this band (LIBLINEAR's default). */
  private static final double EPS = 0.1;

  private static final int MAX_ROUNDS = 1000;

  private LinearSvm() {}

  /**
   * @param xs the examples' features
   * @param labels each example's label, 0 to {@code count - 1}
   * @param features how many features there are; the bias is feature {@code features}
   * @param random the order examples are visited in (the same seed gives the same weights)
   */
  static float[][] train(
      List<SparseVector> xs, int[] labels, int count, int features, SplittableRandom random) {
    double[] diagonal = new double[xs.size()];
    double extra = 0.5 / C;
    for (int i = 0; i < xs.size(); i++) {
      diagonal[i] = xs.get(i).squaredNorm() + 1 + extra;
    }
    // each label visits the examples in an order of its own, split off in turn, so that training
    // the labels side by side on several cores learns the same weights as one after another
    SplittableRandom[] orders = new SplittableRandom[count];
    for (int label = 0; label < count; label++) {
      orders[label] = random.split();
    }
    float[][] weights = new float[count][];
    java.util.stream.IntStream.range(0, count)
        .parallel()
        .forEach(
            label ->
                weights[label] = one(xs, labels, label, features, diagonal, extra, orders[label]));
    return weights;
  }

  private static float[] one(
      List<SparseVector> xs,
      int[] labels,
      int label,
      int features,
      double[] diagonal,
      double extra,
      RandomGenerator random) {
    int n = xs.size();
    float[] w = new float[features + 1];
    double[] alpha = new double[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int active = n;
    double maxOld = Double.POSITIVE_INFINITY;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double maxNew = Double.NEGATIVE_INFINITY;
      double minNew = Double.POSITIVE_INFINITY;
      for (int s = 0; s < active; s++) {
        int j = s + random.nextInt(active - s);
        int swap = order[s];
        order[s] = order[j];
        order[j] = swap;
      }
      for (int s = 0; s < active; s++) {
        int i = order[s];
        int y = labels[i] == label ? 1 : -1;
        SparseVector x = xs.get(i);
        double g = y * (x.dot(w) + w[features]) - 1 + alpha[i] * extra;
        double pg = 0;
        if (alpha[i] == 0) {
          if (g > maxOld) {
            active--;
            order[s] = order[active];
            order[active] = i;
            s--;
            continue;
          }
          pg = Math.min(g, 0);
        } else {
          pg = g;
        }
        maxNew = Math.max(maxNew, pg);
        minNew = Math.min(minNew, pg);
        if (Math.abs(pg) > 1e-12) {
          double old = alpha[i];
          alpha[i] = Math.max(old - g / diagonal[i], 0);
          double d = (alpha[i] - old) * y;
          x.addTo(w, d);
          w[features] += (float) d;
        }
      }
      if (maxNew - minNew <= EPS) {
        if (active == n) {
          break;
        }
        active = n;
        maxOld = Double.POSITIVE_INFINITY;
        continue;
      }
      maxOld = maxNew <= 0 ? Double.POSITIVE_INFINITY : maxNew;
    }
    return w;
  }
}
