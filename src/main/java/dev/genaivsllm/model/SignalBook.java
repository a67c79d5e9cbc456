package dev.genaivsllm.model;

import java.util.List;
import java.util.Map;

/**
 * The rules of {@code recommend}, loaded from {@code recommend/signals.yaml}: the words that name
 * each modality, the cue words around them, and the task and need signals with their effects.
 *
 * @param modalities words (or phrases) naming each modality
 * @param outputCues words shortly before a modality that make it wanted as output ("make", "into")
 * @param adjacentOutputCues words right before a modality that make it output ("to" in "text to
 *     speech"), too common to count from further away
 * @param outputAfterCues words right after a modality that make it output ("generation" in "image
 *     generation")
 * @param inputCues words before a modality that make it given as input ("from", "about")
 * @param negations words before a word that cancel it ("no", "without")
 * @param sequence words that separate the steps of a multi-step goal ("then")
 */
public record SignalBook(
    Map<Modality, List<String>> modalities,
    List<String> outputCues,
    List<String> adjacentOutputCues,
    List<String> outputAfterCues,
    List<String> inputCues,
    List<String> negations,
    List<String> sequence,
    List<Signal> signals) {

  /** How a signal moves one family's score, and the sentence that says why. */
  public record Effect(int points, String reason) {}

  /**
   * A task or a need, recognised by its words.
   *
   * @param kind "task" or "need"
   * @param label how it reads in "understood: ..."
   * @param effects family id to effect
   */
  public record Signal(
      String id, String kind, String label, List<String> words, Map<String, Effect> effects) {
    public Signal {
      words = List.copyOf(words);
      effects = Map.copyOf(effects);
    }
  }

  /**
   * This book with another laid on top: word lists join, and a signal of the other replaces the
   * signal with the same id.
   */
  public SignalBook merge(SignalBook top) {
    Map<Modality, List<String>> words = new java.util.EnumMap<>(Modality.class);
    words.putAll(modalities);
    top.modalities.forEach((m, w) -> words.merge(m, w, SignalBook::join));
    Map<String, Signal> byId = new java.util.LinkedHashMap<>();
    signals.forEach(s -> byId.put(s.id(), s));
    top.signals.forEach(s -> byId.put(s.id(), s));
    return new SignalBook(
        words,
        join(outputCues, top.outputCues),
        join(adjacentOutputCues, top.adjacentOutputCues),
        join(outputAfterCues, top.outputAfterCues),
        join(inputCues, top.inputCues),
        join(negations, top.negations),
        join(sequence, top.sequence),
        List.copyOf(byId.values()));
  }

  private static List<String> join(List<String> a, List<String> b) {
    return List.copyOf(
        new java.util.LinkedHashSet<>(
            java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
  }

  public SignalBook {
    modalities = Map.copyOf(modalities);
    outputCues = List.copyOf(outputCues);
    adjacentOutputCues = List.copyOf(adjacentOutputCues);
    outputAfterCues = List.copyOf(outputAfterCues);
    inputCues = List.copyOf(inputCues);
    negations = List.copyOf(negations);
    sequence = List.copyOf(sequence);
    signals = List.copyOf(signals);
  }
}
