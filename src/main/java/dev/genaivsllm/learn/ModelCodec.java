package dev.genaivsllm.learn;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A trained {@link TextClassifier} as bytes, to keep between runs: the key it was trained for, its
 * labels, its features with their weights in the examples, and each label's weights, exactly as
 * trained (so a kept classifier ranks as the one training would give), then a CRC-32 of all that.
 * Reading checks everything it can: a file cut short, damaged, written for another key or not
 * written by this codec at all gives nothing, never a wrong classifier or an exception.
 */
final class ModelCodec {
  private static final byte[] MAGIC = "GVLMODL1".getBytes(StandardCharsets.US_ASCII);

  /** Far above any pack's (a label is an entry or a family; a feature a word or word pair). */
  private static final int MOST_LABELS = 100_000;

  private static final int MOST_FEATURES = 50_000_000;

  private ModelCodec() {}

  static byte[] write(byte[] key, TextClassifier classifier) {
    List<byte[]> labels = utf8(classifier.labels());
    List<byte[]> features = utf8(classifier.ngrams().features());
    int count = features.size();
    long size =
        MAGIC.length
            + 4L
            + key.length
            + sized(labels)
            + sized(features)
            + 4L * count
            + 4L * labels.size() * (count + 1)
            + 8;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a classifier of " + size + " bytes is too big to keep");
    }
    ByteBuffer out = ByteBuffer.allocate((int) size);
    out.put(MAGIC).putInt(key.length).put(key);
    putAll(out, labels);
    putAll(out, features);
    putFloats(out, classifier.ngrams().idf());
    for (float[] w : classifier.weights()) {
      putFloats(out, w);
    }
    CRC32 crc = new CRC32();
    crc.update(out.array(), 0, out.position());
    out.putLong(crc.getValue());
    return out.array();
  }

  /** The classifier these bytes hold for this key; empty when they hold anything else. */
  static Optional<TextClassifier> read(ByteBuffer bytes, byte[] key) {
    ByteBuffer in = bytes.duplicate();
    try {
      if (in.remaining() < MAGIC.length + 8) {
        return Optional.empty();
      }
      CRC32 crc = new CRC32();
      ByteBuffer body = in.duplicate().limit(in.limit() - 8);
      crc.update(body);
      if (crc.getValue() != in.getLong(in.limit() - 8)) {
        return Optional.empty();
      }
      in.limit(in.limit() - 8);
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      byte[] kept = new byte[count(in, 1024)];
      in.get(kept);
      if (!Arrays.equals(magic, MAGIC) || !Arrays.equals(kept, key)) {
        return Optional.empty();
      }
      List<String> labels = strings(in, count(in, MOST_LABELS));
      int count = count(in, MOST_FEATURES);
      List<String> features = strings(in, count);
      float[] idf = floats(in, count);
      float[][] weights = new float[labels.size()][];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = floats(in, count + 1);
      }
      if (in.hasRemaining()) {
        return Optional.empty();
      }
      return Optional.of(new TextClassifier(new Ngrams(features, idf), labels, weights));
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private static List<byte[]> utf8(List<String> texts) {
    return texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  private static long sized(List<byte[]> texts) {
    return 4L + 4L * texts.size() + texts.stream().mapToLong(t -> t.length).sum();
  }

  private static void putAll(ByteBuffer out, List<byte[]> texts) {
    out.putInt(texts.size());
    for (byte[] t : texts) {
      out.putInt(t.length).put(t);
    }
  }

  private static void putFloats(ByteBuffer out, float[] values) {
    out.asFloatBuffer().put(values);
    out.position(out.position() + 4 * values.length);
  }

  /** A count, refused when negative, above {@code most} or more than the bytes left could hold. */
  private static int count(ByteBuffer in, int most) {
    int n = in.getInt();
    if (n < 0 || n > most || n > in.remaining()) {
      throw new IllegalArgumentException("count " + n);
    }
    return n;
  }

  private static List<String> strings(ByteBuffer in, int n) {
    List<String> texts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] text = new byte[count(in, in.remaining())];
      in.get(text);
      texts.add(new String(text, StandardCharsets.UTF_8));
    }
    return texts;
  }

  private static float[] floats(ByteBuffer in, int n) {
    if (4L * n > in.remaining()) {
      throw new BufferUnderflowException();
    }
    float[] values = new float[n];
    in.asFloatBuffer().get(values);
    in.position(in.position() + 4 * n);
    return values;
  }
}
