package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.IdMatcher;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers {@code sources}: the bibliography, or one source and where the pack cites it. */
public final class SourcesService {
  private final ContentRepository content;
  private final IdMatcher matcher = new IdMatcher("source");

  public SourcesService(ContentRepository content) {
    this.content = content;
  }

  /**
   * @param brief only the keys are wanted ({@code --list})
   */
  public SourceList list(SourceOrder order, boolean brief) {
    List<Source> all = new ArrayList<>(content.bibliography().all());
    all.sort(order.comparator());
    return new SourceList(content.pack(), all, order, brief);
  }

  /** One source by cite key (or unique prefix, or arXiv id), with every place that cites it. */
  public SourceDetail show(String query) {
    List<String> keys = content.bibliography().all().stream().map(Source::key).toList();
    String key = matcher.resolve(query, keys, this::otherNames);
    Source source = content.bibliography().find(key).orElseThrow();
    List<SourceDetail.Citation> citedBy = new ArrayList<>();
    for (Dimension d : content.dimensions()) {
      List<String> places = places(d, key);
      if (!places.isEmpty()) {
        citedBy.add(
            new SourceDetail.Citation("dimension", d.id(), d.title(), places, "compare " + d.id()));
      }
    }
    for (Concept c : content.concepts()) {
      if (c.sources().contains(key)) {
        citedBy.add(
            new SourceDetail.Citation(
                "concept", c.id(), c.title(), List.of("sources"), "explain " + c.id()));
      }
    }
    return new SourceDetail(content.pack(), source, citedBy);
  }

  private static List<String> places(Dimension d, String key) {
    List<String> places = new ArrayList<>();
    if (d.sources().contains(key)) {
      places.add("summary");
    }
    cited(d.genai().points(), key, "Generative AI point ", places);
    cited(d.llm().points(), key, "LLM point ", places);
    cited(d.nuance(), key, "nuance ", places);
    for (int i = 0; i < d.misconceptions().size(); i++) {
      if (d.misconceptions().get(i).sources().contains(key)) {
        places.add("misconception " + (i + 1));
      }
    }
    return places;
  }

  private static void cited(List<Statement> items, String key, String label, List<String> out) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).sources().contains(key)) {
        out.add(label + (i + 1));
      }
    }
  }

  /**
   * Other names a source goes by: its arXiv id ({@code sources 1706.03762} finds the Transformer
   * paper), its title, and its first author's family name when no other source shares it; these
   * also give "did you mean" something to go on ({@code goodfelow}).
   */
  private Map<String, String> otherNames() {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Long> families = new HashMap<>();
    for (Source s : content.bibliography().all()) {
      families.merge(IdMatcher.normalize(s.firstAuthorFamily()), 1L, Long::sum);
    }
    for (Source s : content.bibliography().all()) {
      names.putIfAbsent(IdMatcher.normalize(s.title()), s.key());
      String family = IdMatcher.normalize(s.firstAuthorFamily());
      if (families.get(family) == 1) {
        names.putIfAbsent(family, s.key());
      }
    }
    for (Source s : content.bibliography().all()) {
      s.arxiv().ifPresent(a -> names.put(IdMatcher.normalize(a), s.key()));
    }
    return names;
  }
}
