package dev.genaivsllm.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of {@code recommend}, loaded from {@code recommend/signals.yaml}: the words that name
 * each kind of data, the cue words that say which way data goes (in or out) and what is ruled out,
 * and the task and need signals with their effects on each family.
 *
 * @param modalities words (or phrases) naming each kind of data
 */
public record SignalBook(Map<Modality, List<String>> modalities, Cues cues, List<Signal> signals) {

  /**
   * The cue lists, one per {@link Cue}: the words around a kind of data that tell how a goal uses
   * it. A list not given is empty; a pack's file gives every one, empty if it leaves one out.
   */
  public record Cues(Map<Cue, List<String>> lists) {
    public Cues {
      Map<Cue, List<String>> copy = new EnumMap<>(Cue.class);
      for (Cue cue : Cue.values()) {
        copy.put(cue, List.copyOf(lists.getOrDefault(cue, List.of())));
      }
      lists = java.util.Collections.unmodifiableMap(copy);
    }

    /** The words of one cue list. */
    public List<String> get(Cue cue) {
      return lists.get(cue);
    }

    /** Every cue list, in the order of {@link Cue}, for what needs to know every cue word. */
    public List<List<String>> all() {
      return List.copyOf(lists.values());
    }

    Cues merge(Cues top) {
      Map<Cue, List<String>> joined = new EnumMap<>(Cue.class);
      lists.forEach((cue, words) -> joined.put(cue, join(words, top.get(cue))));
      return new Cues(joined);
    }
  }

  /** How a signal moves one family's score, and the sentence that says why. */
  public record Effect(int points, String reason) {}

  /**
   * A task or a need, recognised by its words.
   *
   * @param kind "task" or "need"
   * @param label how it reads in "understood: ..."
   * @param takes with {@code gives}, the frame that is this task whatever words say it: speech in
   *     and text out is transcribing ("turn spoken interviews into text")
   * @param gives the kind of data a task puts out when the goal names none ("classify" gives
   *     labels, "narrate" speech)
   * @param effects family id to effect
   */
  public record Signal(
      String id,
      String kind,
      String label,
      List<String> words,
      Optional<Modality> takes,
      Optional<Modality> gives,
      Map<String, Effect> effects) {
    public Signal {
      words = List.copyOf(words);
      effects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effects));
    }
  }

  public SignalBook {
    // an EnumMap iterates in the enum's order on every run; Map.copyOf would not
    Map<Modality, List<String>> ordered = new java.util.EnumMap<>(Modality.class);
    ordered.putAll(modalities);
    modalities = java.util.Collections.unmodifiableMap(ordered);
    signals = List.copyOf(signals);
  }

  /** The signal with this id, if the book has one. */
  public java.util.Optional<Signal> signal(String id) {
    return signals.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * This book with another laid on top: word lists join, and a signal of the other replaces the
   * signal with the same id.
   */
  public SignalBook merge(SignalBook top) {
    Map<Modality, List<String>> words = new EnumMap<>(Modality.class);
    words.putAll(modalities);
    top.modalities.forEach((m, w) -> words.merge(m, w, SignalBook::join));
    Map<String, Signal> byId = new LinkedHashMap<>();
    signals.forEach(s -> byId.put(s.id(), s));
    top.signals.forEach(s -> byId.put(s.id(), s));
    return new SignalBook(words, cues.merge(top.cues), List.copyOf(byId.values()));
  }

  private static List<String> join(List<String> a, List<String> b) {
    return List.copyOf(new LinkedHashSet<>(Stream.concat(a.stream(), b.stream()).toList()));
  }
}
