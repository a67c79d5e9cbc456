package dev.genaivsllm.core;

import dev.genaivsllm.model.Source;
import java.util.Comparator;
import java.util.Locale;

/** How {@code sources} orders the bibliography. Lower-case names: users type them. */
public enum SourceOrder {
  /** By first author's family name, then year, as a reference list is. */
  author(
      Comparator.comparing((Source s) -> s.firstAuthorFamily().toLowerCase(Locale.ROOT))
          .thenComparingInt(Source::year)
          .thenComparing(Source::key)),
  /** Oldest first, then by author. */
  year(
      Comparator.comparingInt(Source::year)
          .thenComparing(s -> s.firstAuthorFamily().toLowerCase(Locale.ROOT))
          .thenComparing(Source::key)),
  /** By cite key. */
  key(Comparator.comparing(Source::key));

  private final Comparator<Source> order;

  SourceOrder(Comparator<Source> order) {
    this.order = order;
  }

  public Comparator<Source> comparator() {
    return order;
  }
}
