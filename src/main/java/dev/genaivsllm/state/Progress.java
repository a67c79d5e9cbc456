package dev.genaivsllm.state;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner has done with each question: its Leitner box and when it is due again. Ids of
 * questions no longer in the pack are kept (they may come back) and ignored by readers.
 */
public record Progress(Map<String, Entry> entries) {
  /**
   * One question's record.
   *
   * @param box 1 (just missed, or new) to {@link Leitner#TOP_BOX} (well known)
   * @param seen how many times it was answered
   * @param correct how many of those were right
   */
  public record Entry(int box, int seen, int correct, LocalDate last, LocalDate due) {}

  public Progress {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public static Progress empty() {
    return new Progress(Map.of());
  }

  public Optional<Entry> entry(String questionId) {
    return Optional.ofNullable(entries.get(questionId));
  }

  /** A copy with one question's record replaced. */
  public Progress with(String questionId, Entry entry) {
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(questionId, entry);
    return new Progress(copy);
  }
}
