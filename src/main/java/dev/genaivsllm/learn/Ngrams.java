package dev.genaivsllm.learn;

import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a text into the words and word pairs it contains, weighted by how rare each is among the
 * examples (tf-idf with a logarithmic term count, then scaled to unit length). Words are those
 * {@link Words#of} finds, of two letters or more, as typed (lower-cased); no stems or stop words,
 * so that "make stuff up" and "makes things up" are told apart only as far as the examples tell
 * them apart.
 */
final class Ngrams {
  private final List<String> features;
  private final Map<String, Integer> index;
  private final float[] idf;

  /**
   * @param features every feature, in the order of its number
   * @param idf each feature's inverse document frequency, in the same order
   */
  Ngrams(List<String> features, float[] idf) {
    if (features.size() != idf.length) {
      throw new IllegalArgumentException(features.size() + " features, " + idf.length + " weights");
    }
    Map<String, Integer> index = new HashMap<>(features.size() * 2);
    for (String f : features) {
      if (index.putIfAbsent(f, index.size()) != null) {
        throw new IllegalArgumentException("feature '" + f + "' twice");
      }
    }
    this.features = features;
    this.index = index;
    this.idf = idf;
  }

  /**
   * The features the examples contain, each with its inverse document frequency.
   *
   * @param texts each example's {@link #terms}
   */
  static Ngrams of(List<List<String>> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> terms : texts) {
      for (String term : new java.util.HashSet<>(terms)) {
        df.merge(term, 1, Integer::sum);
      }
    }
    // sorted, so that the same examples always give the same feature numbers
    List<String> features = new ArrayList<>(df.size());
    float[] idf = new float[df.size()];
    int n = texts.size();
    for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
      idf[features.size()] = (float) (Math.log((1.0 + n) / (1.0 + e.getValue())) + 1);
      features.add(e.getKey());
    }
    return new Ngrams(List.copyOf(features), idf);
  }

  /** Every feature, in the order of its number. */
  List<String> features() {
    return features;
  }

  /** Each feature's inverse document frequency, in the order of its number (not a copy). */
  float[] idf() {
    return idf;
  }

  /** How many features there are. */
  int size() {
    return idf.length;
  }

  /** A text's features, from its {@link #terms}; words no example used are left out. */
  SparseVector vector(List<String> terms) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (String term : terms) {
      Integer i = index.get(term);
      if (i != null) {
        counts.merge(i, 1, Integer::sum);
      }
    }
    int[] indices = new int[counts.size()];
    float[] values = new float[counts.size()];
    double norm = 0;
    int k = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      indices[k] = e.getKey();
      values[k] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
      norm += (double) values[k] * values[k];
      k++;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < values.length; j++) {
        values[j] *= scale;
      }
    }
    return new SparseVector(indices, values);
  }

  /** The words of a text, then each pair of neighbouring words. */
  static List<String> terms(String text) {
    List<String> words =
        Words.of(text).stream().map(Words.Word::text).filter(w -> w.length() >= 2).toList();
    List<String> terms = new ArrayList<>(words);
    for (int i = 1; i < words.size(); i++) {
      terms.add(words.get(i - 1) + " " + words.get(i));
    }
    return terms;
  }
}
