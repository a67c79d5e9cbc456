package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers {@code search}: ranks every dimension and concept by how well it matches the query.
 *
 * <p>A query word matches a text word exactly (after plurals are folded), as a prefix ("diffus"
 * finds "diffusion"), or within one or two typos. An entry's score adds three parts: the best of
 * its names (title, id, aliases), scaled by how much of that name the query covers, with a bonus
 * when a name is exactly the query; its summary fields; and its body, capped so that long text
 * cannot outweigh a name. A dimension whose own names do not match counts a share of the name score
 * of the concepts it covers instead. Entries that match only some of the query's words are scaled
 * down.
 */
public final class SearchService {
  private static final double NAME_IS_QUERY = 20;
  private static final double BODY_CAP = 6;
  private static final double COVERED_SHARE = 0.3;
  private static final int SNIPPET = 150;

  private final ContentRepository content;

  public SearchService(ContentRepository content) {
    this.content = content;
  }

  /** The best {@code limit} hits; none when no word of the query matches anything. */
  public SearchResults search(String query, int limit) {
    List<String> terms = Words.queryTerms(query);
    List<SearchDocument> documents = new ArrayList<>();
    content.dimensions().forEach(d -> documents.add(SearchDocument.of(d)));
    content.concepts().forEach(c -> documents.add(SearchDocument.of(c)));
    TermMatches matches = new TermMatches(terms);
    List<Scored> scored = new ArrayList<>();
    if (!terms.isEmpty()) {
      String phrase = String.join(" ", terms);
      for (SearchDocument doc : documents) {
        Scored s = score(doc, matches, phrase);
        if (s.coverage() > 0) {
          scored.add(s);
        }
      }
    }
    Map<String, Double> conceptNames = new HashMap<>();
    scored.stream()
        .filter(s -> s.doc().kind().equals("concept"))
        .forEach(s -> conceptNames.put(s.doc().id(), s.names()));
    List<Ranked> ranked = new ArrayList<>();
    for (Scored s : scored) {
      double covered =
          s.doc().covers().stream()
              .mapToDouble(c -> conceptNames.getOrDefault(c, 0.0))
              .max()
              .orElse(0);
      double names = Math.max(s.names(), COVERED_SHARE * covered);
      double total =
          (names + s.summary() + Math.min(s.body(), BODY_CAP)) * s.coverage() * s.coverage();
      ranked.add(new Ranked(s.doc(), Math.round(total * 100) / 100.0));
    }
    ranked.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> r.doc().kind())
            .thenComparing(r -> r.doc().id()));
    // Snippets only for the hits shown: a big pack can match thousands of entries.
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
      hits.add(snippet(r.doc(), matches, r.score()));
    }
    return new SearchResults(content.pack(), query.strip(), hits);
  }

  /** An entry with its final score, before its snippet is made. */
  private record Ranked(SearchDocument doc, double score) {}

  /** The parts of one entry's score before they are combined. */
  private record Scored(
      SearchDocument doc, double names, double summary, double body, double coverage) {}

  private static Scored score(SearchDocument doc, TermMatches matches, String phrase) {
    double names = 0;
    double summary = 0;
    double body = 0;
    int termCount = matches.size();
    boolean[] matched = new boolean[termCount];
    for (SearchDocument.Field field : doc.fields()) {
      List<Words.Word> words =
          Words.of(field.text()).stream().filter(w -> !Words.isStop(w.text())).toList();
      int[] count = new int[termCount];
      double[] best = new double[termCount];
      for (Words.Word w : words) {
        double[] q = matches.of(w.stem());
        for (int t = 0; t < termCount; t++) {
          if (q[t] > 0) {
            count[t]++;
            best[t] = Math.max(best[t], q[t]);
          }
        }
      }
      double fieldScore = 0;
      int termsHere = 0;
      for (int t = 0; t < termCount; t++) {
        if (count[t] > 0) {
          matched[t] = true;
          termsHere++;
          fieldScore +=
              field.weight() == SearchDocument.Weight.BODY
                  ? best[t] * (1 + 0.3 * Math.log(count[t]))
                  : best[t];
        }
      }
      switch (field.weight()) {
        case NAME -> {
          double share = words.isEmpty() ? 0 : Math.sqrt((double) termsHere / words.size());
          double name = field.weight().value * share * fieldScore / termCount;
          if (stems(words).equals(phrase)) {
            name += NAME_IS_QUERY;
          }
          names = Math.max(names, name);
        }
        case SUMMARY -> summary += field.weight().value * fieldScore;
        case BODY -> body += field.weight().value * fieldScore;
      }
    }
    int matchedTerms = 0;
    for (boolean m : matched) {
      matchedTerms += m ? 1 : 0;
    }
    return new Scored(doc, names, summary, body, (double) matchedTerms / termCount);
  }

  private static String stems(List<Words.Word> words) {
    return String.join(" ", words.stream().map(Words.Word::stem).toList());
  }

  /**
   * The hit with an excerpt from the first summary field that matches, else the first body field,
   * else the definition or summary, so the reader sees the match in context.
   */
  private static SearchResults.Hit snippet(SearchDocument doc, TermMatches terms, double score) {
    SearchDocument.Field field = null;
    for (SearchDocument.Weight weight :
        List.of(SearchDocument.Weight.SUMMARY, SearchDocument.Weight.BODY)) {
      for (SearchDocument.Field f : doc.fields()) {
        if (field == null && f.weight() == weight && firstMatch(f.text(), terms) >= 0) {
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
    int first = Math.max(0, firstMatch(text, terms));
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
            .filter(w -> terms.any(w.stem()))
            .map(Words.Word::text)
            .distinct()
            .toList();
    return new SearchResults.Hit(
        doc.kind(), doc.id(), doc.title(), score, field.name(), snippet, matched, doc.command());
  }

  /** Where the first word matching a term starts, or -1. */
  private static int firstMatch(String text, TermMatches terms) {
    return Words.of(text).stream()
        .filter(w -> terms.any(w.stem()))
        .mapToInt(Words.Word::start)
        .findFirst()
        .orElse(-1);
  }
}
