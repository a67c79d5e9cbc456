package dev.genaivsllm.learn;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Where trained classifiers are kept between runs, by name; a cache, so it may lose or refuse
 * anything, and a caller checks what it finds ({@link ModelCodec}).
 */
public interface ModelStore {
  /** The bytes kept under this name, if any. */
  Optional<ByteBuffer> find(String name);

  /** Keeps the bytes under this name, replacing any; quietly does nothing when it cannot. */
  void keep(String name, byte[] bytes);

  /** Keeps nothing: every run trains. */
  ModelStore NONE =
      new ModelStore() {
        @Override
        public Optional<ByteBuffer> find(String name) {
          return Optional.empty();
        }

        @Override
        public void keep(String name, byte[] bytes) {}
      };
}
