package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.understand.Reading;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers {@code search}: every dimension and concept that matches, best first, each with a snippet
 * that shows the match in context. The ranking is {@code ask}'s ({@link EntryIndex}): the same
 * reading of the query (word endings, typos, the start of a word, everyday phrases from the
 * lexicon), with a lower floor, since a list may show what only mentions the words.
 */
public final class SearchService {
  /** An entry must use at least this share of the query's weight to be a hit. */
  static final double COVERAGE = 0.35;

  /** How much using the query's words counts beside how well the entry answers them. */
  static final double COVERAGE_WEIGHT = 0.25;

  private static final int SNIPPET = 150;

  private final ContentRepository content;

  public SearchService(ContentRepository content) {
    this.content = content;
  }

  /** The best {@code limit} hits; none when no word of the query matches anything. */
  public SearchResults search(String query, int limit) {
    EntryIndex index = EntryIndex.of(content);
    Reading reading = index.reader().read(query);
    List<SearchResults.Hit> hits = new ArrayList<>();
    if (reading.vector().isEmpty() || reading.knownShare() == 0) {
      return new SearchResults(content.pack(), query.strip(), hits);
    }
    List<EntryIndex.Scored> ranked =
        index.rank(reading).stream()
            .filter(s -> s.coverage() >= COVERAGE)
            .sorted(
                java.util.Comparator.comparingDouble(SearchService::score)
                    .reversed()
                    .thenComparing(s -> s.entry().kind())
                    .thenComparing(s -> s.entry().id()))
            .limit(limit)
            .toList();
    ranked.forEach(s -> hits.add(snippet(s, reading)));
    return new SearchResults(content.pack(), query.strip(), hits);
  }

  private static double score(EntryIndex.Scored s) {
    return s.score() + COVERAGE_WEIGHT * s.coverage();
  }

  /**
   * The hit with an excerpt from the first summary field that matches, else the first body field,
   * else the definition or summary, so the reader sees the match in context.
   */
  private static SearchResults.Hit snippet(EntryIndex.Scored scored, Reading reading) {
    EntryIndex.Entry entry = scored.entry();
    SearchDocument doc = document(entry);
    SearchDocument.Field field = null;
    for (SearchDocument.Weight weight :
        List.of(SearchDocument.Weight.SUMMARY, SearchDocument.Weight.BODY)) {
      for (SearchDocument.Field f : doc.fields()) {
        if (field == null && f.weight() == weight && firstMatch(f.text(), reading) >= 0) {
          field = f;
        }
      }
    }
    if (field == null) {
      field =
          doc.fields().stream()
              .filter(f -> f.weight() == SearchDocument.Weight.SUMMARY)
              .findFirst()
              .orElse(doc.fields().get(0));
    }
    String text = field.text();
    int first = Math.max(0, firstMatch(text, reading));
    int start = first <= 40 ? 0 : text.lastIndexOf(' ', first - 40) + 1;
    int end = Math.min(text.length(), start + SNIPPET);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    String snippet =
        (start > 0 ? "…" : "")
            + text.substring(start, end).strip()
            + (end < text.length() ? "…" : "");
    List<String> matched =
        Words.of(snippet).stream()
            .filter(w -> matches(w, reading))
            .map(Words.Word::text)
            .distinct()
            .toList();
    return new SearchResults.Hit(
        entry.kind(),
        entry.id(),
        entry.title(),
        Math.round(score(scored) * 1000) / 1000.0,
        field.name(),
        snippet,
        matched,
        entry.command());
  }

  private static SearchDocument document(EntryIndex.Entry entry) {
    return entry.source() instanceof dev.genaivsllm.model.Concept c
        ? SearchDocument.of(c)
        : SearchDocument.of((dev.genaivsllm.model.Dimension) entry.source());
  }

  private static boolean matches(Words.Word w, Reading reading) {
    return !Words.isStop(w.text()) && reading.vector().weight(w.stem()) > 0;
  }

  /** Where the first word matching the query starts, or -1. */
  private static int firstMatch(String text, Reading reading) {
    return Words.of(text).stream()
        .filter(w -> matches(w, reading))
        .mapToInt(Words.Word::start)
        .findFirst()
        .orElse(-1);
  }
}
