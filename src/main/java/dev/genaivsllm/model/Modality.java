package dev.genaivsllm.model;

/** A kind of data a model takes in or puts out. Lower-case names: users type them. */
public enum Modality {
  text,
  image,
  audio,
  video,
  tabular,
  code
}
