package dev.genaivsllm.learn;

/** A text's features: the indices of the features it has, in increasing order, and their values. */
record SparseVector(int[] indices, float[] values) {
  double dot(float[] weights) {
    double sum = 0;
    for (int k = 0; k < indices.length; k++) {
      sum += weights[indices[k]] * values[k];
    }
    return sum;
  }

  double squaredNorm() {
    double sum = 0;
    for (float v : values) {
      sum += (double) v * v;
    }
    return sum;
  }

  /** Adds {@code scale} times this vector to {@code weights}. */
  void addTo(float[] weights, double scale) {
    for (int k = 0; k < indices.length; k++) {
      weights[indices[k]] += (float) (scale * values[k]);
    }
  }
}
