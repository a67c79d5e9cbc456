package dev.genaivsllm.core;

import dev.genaivsllm.model.Cue;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.understand.Words;
import java.util.List;
import java.util.Set;

/**
 * A document a goal's job works on whole needs no retrieval: "summarise the audit report i paste
 * in", "rewrite the volunteer handbook so a 12 year old could read it". The grounding need its name
 * suggested ("handbook", "audit report") is dropped when words say the document is handed over
 * ({@code handed} in signals.yaml), or when it is what is summarised, translated or rewritten,
 * named up to three words after that task. Kept when the clause asks questions of documents,
 * searches or chats over them ("answer staff questions from our handbook"), when the document is a
 * source drawn on ("draft replies based on our policies"), and when what is asked for is freshness
 * or accuracy, not a document ("summarise the latest ai news").
 */
final class WholeDocument {
  private WholeDocument() {}

  /** Removes, from what a clause says, a grounding need its document worked on whole makes moot. */
  static void retrievalNotNeeded(SignalBook book, List<Words.Word> words, List<Found> found) {
    if (found.stream().anyMatch(f -> isTask(f, ASKS))) {
      return;
    }
    boolean handed = WordSpans.firstOfAny(words, book.cues().get(Cue.HANDED)) >= 0;
    found.removeIf(
        f ->
            f.understood().kind().equals("need")
                && f.understood().id().equals(GROUNDING)
                && !f.understood().negated()
                && !NOT_A_DOCUMENT.contains(
                    f.understood().quoted().toLowerCase(java.util.Locale.ROOT))
                && !drawnOn(words, f)
                && (handed || reworded(found, f)));
  }

  /** Whether the document is what a task of rewording, just before it, works on. */
  private static boolean reworded(List<Found> found, Found doc) {
    return found.stream()
        .filter(f -> rewords(f) && f.end() <= doc.start())
        .anyMatch(f -> doc.start() - f.end() <= OBJECT_WORDS);
  }

  /**
   * Whether a word just before the document makes it a source to draw on ("based on our policy").
   */
  private static boolean drawnOn(List<Words.Word> words, Found doc) {
    return words.subList(Math.max(0, doc.start() - OBJECT_WORDS), doc.start()).stream()
        .anyMatch(w -> DRAWS_ON.contains(w.text()));
  }

  /** Summarising or translating a text, or rewriting it: not writing something new from it. */
  private static boolean rewords(Found f) {
    if (isTask(f, Set.of("summarize", "translate"))) {
      return true;
    }
    String quoted = f.understood().quoted().toLowerCase(java.util.Locale.ROOT);
    return isTask(f, Set.of("write")) && REWRITES.stream().anyMatch(quoted::startsWith);
  }

  private static boolean isTask(Found f, Set<String> ids) {
    return f.understood().kind().equals("task")
        && !f.understood().negated()
        && ids.contains(f.understood().id());
  }

  /** The need a document's name suggests: answers drawn from it by retrieval. */
  private static final String GROUNDING = "grounding";

  /** Tasks that ask questions of documents, search them or chat over them. */
  private static final Set<String> ASKS = Set.of("answer-questions", "semantic-search", "chat");

  /** The words of the writing task that reword a text rather than write a new one. */
  private static final List<String> REWRITES =
      List.of("rewrit", "paraphras", "proofread", "simplif", "in plain", "in simple");

  /** The grounding words that ask for freshness or accuracy, and name no document. */
  private static final Set<String> NOT_A_DOCUMENT =
      Set.of(
          "grounded",
          "grounding",
          "factual",
          "accurate",
          "up to date",
          "current",
          "latest",
          "hallucinate",
          "hallucination");

  /** How many words may come between a task and the document it works on ("our home insurance"). */
  private static final int OBJECT_WORDS = 3;

  /** Words that make a document a source to draw on, not the text worked on. */
  private static final Set<String> DRAWS_ON = Set.of("using", "use", "based", "according", "per");
}
