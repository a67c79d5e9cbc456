package dev.genaivsllm.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A kept classifier ranks exactly as the trained one, and bytes that are not one kept for this key
 * give nothing: a kept classifier is never wrong, at worst missing.
 */
class ModelCodecTest {
  private static final List<Example> EXAMPLES =
      List.of(
          new Example("why does the chatbot make things up", "hallucination", "t"),
          new Example("it invented a court case that never happened", "hallucination", "t"),
          new Example("how much text can it read at once", "context-window", "t"),
          new Example("it forgot what i said at the start of the chat", "context-window", "t"),
          new Example("ça coûte combien, le modèle", "cost", "t"),
          new Example("best pizza in rome", TextClassifier.NONE, "t"),
          new Example("cheap flights to lisbon in may", TextClassifier.NONE, "t"));

  private static final byte[] KEY =
      "a key of thirty-two bytes, exact".getBytes(StandardCharsets.UTF_8);

  private static final TextClassifier TRAINED =
      TextClassifier.train(EXAMPLES, new SplittableRandom(7));

  private static final byte[] BYTES = ModelCodec.write(KEY, TRAINED);

  private static TextClassifier read(byte[] bytes, byte[] key) {
    return ModelCodec.read(ByteBuffer.wrap(bytes), key).orElse(null);
  }

  @Test
  void aKeptClassifierRanksEveryTextExactlyAsTheTrainedOne() {
    TextClassifier kept = read(BYTES, KEY);
    assertTrue(kept != null);
    for (String text :
        List.of(
            "why did the bot make up a court case",
            "combien ça coûte",
            "pizza or flights",
            "words it never saw",
            "")) {
      assertEquals(TRAINED.rank(text), kept.rank(text), text);
    }
  }

  @Test
  void bytesKeptForAnotherKeyGiveNothing() {
    byte[] other = KEY.clone();
    other[31] ^= 1;
    assertEquals(null, read(BYTES, other));
  }

  @Test
  void aChangedByteAnywhereGivesNothing() {
    for (int at : new int[] {0, 9, 45, BYTES.length / 2, BYTES.length - 12, BYTES.length - 1}) {
      byte[] damaged = BYTES.clone();
      damaged[at] ^= 0x10;
      assertEquals(null, read(damaged, KEY), "byte " + at);
    }
  }

  @Test
  void bytesCutShortOrOfAnotherKindGiveNothing() {
    for (int length : new int[] {0, 7, 16, 40, BYTES.length / 3, BYTES.length - 1}) {
      assertEquals(null, read(Arrays.copyOf(BYTES, length), KEY), "length " + length);
    }
    assertEquals(null, read(Arrays.copyOf(BYTES, BYTES.length + 4), KEY));
    assertEquals(null, read("{\"not\": \"a model\"}".getBytes(StandardCharsets.UTF_8), KEY));
  }
}
