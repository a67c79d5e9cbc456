package dev.genaivsllm.model;

/**
 * A kind of data a model takes in or puts out. Lower-case names: users type them ({@code --output
 * speech}). The first six are media; the rest are what an analysis or a scorer puts out.
 */
public enum Modality {
  text,
  image,
  audio,
  video,
  tabular,
  code,
  /** Spoken words: a kind of audio. */
  speech,
  /** Music and beats: a kind of audio. */
  music,
  /** A category, a flag, a yes or no: what a classifier puts out. */
  label,
  /** An embedding: numbers that place a text or image for search and similarity. */
  vector,
  /** A number about the data: a probability, a likelihood, an anomaly score. */
  number,
  /** A compact code an input is compressed into and can be rebuilt from. */
  latent;

  /**
   * An unmodifiable copy that iterates in this enum's order on every run ({@code Set.copyOf} would
   * not), so that what is drawn from a set of kinds never changes between runs.
   */
  public static java.util.Set<Modality> ordered(java.util.Collection<Modality> kinds) {
    java.util.Set<Modality> set = java.util.EnumSet.noneOf(Modality.class);
    set.addAll(kinds);
    return java.util.Collections.unmodifiableSet(set);
  }

  /** How the kind reads in a sentence: "images", "speech", "labels". */
  public String plural() {
    return switch (this) {
      case image -> "images";
      case tabular -> "tables";
      case label -> "labels";
      case vector -> "vectors (embeddings)";
      case number -> "scores or likelihoods";
      case latent -> "latent codes";
      default -> name();
    };
  }

  /**
   * Whether a family that takes {@code this} takes what a goal gives: audio takes speech and music;
   * speech and music take sound of their kind only.
   */
  public boolean takes(Modality given) {
    return this == given || this == audio && (given == speech || given == music);
  }

  /**
   * Whether a family that puts out {@code this} gives what a goal asks for: speech and music are
   * audio, so they answer a goal that asks for "audio"; generic audio does not answer a goal that
   * asks for speech or music.
   */
  public boolean gives(Modality wanted) {
    return this == wanted
        || wanted == audio && (this == speech || this == music)
        || wanted == label && this == text;
  }
}
