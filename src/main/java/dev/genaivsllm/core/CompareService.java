package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.IdMatcher;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.model.Dimension;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers {@code compare}: resolves what the user typed to dimensions and gathers their sources.
 */
public final class CompareService {
  private final ContentRepository content;
  private final IdMatcher matcher = new IdMatcher("dimension");

  public CompareService(ContentRepository content) {
    this.content = content;
  }

  /** The named dimensions, in the order given; every dimension when none is named. */
  public Comparison compare(List<String> queries) {
    if (queries.isEmpty()) {
      return comparison(content.dimensions(), true);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String query : queries) {
      try {
        ids.add(resolve(query));
      } catch (UnknownIdException e) {
        UnknownIdException hinted = conceptHint(e);
        throw hinted == e ? Mentions.explain(e, content) : hinted;
      }
    }
    return comparison(ids.stream().map(content::dimension).toList(), false);
  }

  /** The id of the dimension a name means: its id, a unique prefix, its title or an alias. */
  public String resolve(String name) {
    return matcher.resolve(name, content.dimensionIds(), this::names);
  }

  /** A concept's name given to compare: say which command knows it. */
  private UnknownIdException conceptHint(UnknownIdException e) {
    if (e.ambiguous() || !e.candidates().isEmpty()) {
      return e;
    }
    try {
      String concept = new ExplainService(content).resolve(e.query());
      return e.withHint("it is a concept: try 'genai-vs-llm explain " + concept + "'");
    } catch (UnknownIdException notAConcept) {
      return e;
    }
  }

  public DimensionList list() {
    return new DimensionList(content.pack(), content.dimensions());
  }

  private Comparison comparison(List<Dimension> dimensions, boolean overview) {
    Set<String> keys = new LinkedHashSet<>();
    dimensions.forEach(d -> keys.addAll(d.citedKeys()));
    return new Comparison(
        content.pack(), dimensions, content.bibliography().resolve(keys), overview);
  }

  /** Titles and aliases of every dimension; parsing them all is the price of a fuzzy name. */
  private Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Dimension d : content.dimensions()) {
      names.putIfAbsent(IdMatcher.normalize(d.title()), d.id());
      d.aliases().forEach(a -> names.putIfAbsent(IdMatcher.normalize(a), d.id()));
    }
    return names;
  }
}
