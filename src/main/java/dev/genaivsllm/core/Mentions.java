package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.understand.Words;
import java.util.List;

/**
 * What to say when a name is not an entry of its own: if the pack discusses it ("sora" in the
 * timeline and the models), where; a name the pack uses is never a typo, so it gets no "did you
 * mean". Only on the failure path: it reads the whole pack.
 */
final class Mentions {
  private static final int SHOWN = 3;

  private Mentions() {}

  /** The failure, with where the name is discussed instead of near-miss names, when it is. */
  static UnknownIdException explain(UnknownIdException e, ContentRepository content) {
    if (e.ambiguous() || Words.queryTerms(e.query()).isEmpty()) {
      return e;
    }
    List<String> where =
        EntryIndex.of(content).mentioning(e.query()).stream()
            .limit(SHOWN)
            .map(entry -> "'genai-vs-llm " + entry.command() + "'")
            .toList();
    if (where.isEmpty()) {
      return e;
    }
    return new UnknownIdException(e.kind(), e.query(), List.of(), false)
        .withHint("it is discussed in " + join(where));
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
