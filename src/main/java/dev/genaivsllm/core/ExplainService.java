package dev.genaivsllm.core;

import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.match.IdMatcher;
import dev.genaivsllm.match.UnknownIdException;
import dev.genaivsllm.model.Concept;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

/** Answers {@code explain}: finds the concept a user means and gathers its sources. */
public final class ExplainService {
  private final ContentRepository content;
  private final IdMatcher matcher = new IdMatcher("concept");

  public ExplainService(ContentRepository content) {
    this.content = content;
  }

  /** Explains the concept the term names: its id, a unique prefix, its title or an alias. */
  public Explanation explain(String term, Level level, boolean fullReferences) {
    return explanation(content.concept(find(term)), level, fullReferences, OptionalLong.empty());
  }

  /** Two concepts side by side ({@code explain gan vs diffusion}). */
  public ConceptPair pair(String first, String second) {
    Concept a = content.concept(find(first));
    Concept b = content.concept(find(second));
    List<String> keys = new ArrayList<>(a.sources());
    b.sources().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return new ConceptPair(content.pack(), a, b, content.bibliography().resolve(keys));
  }

  /** {@link #resolve}, and when no concept has the name, where the pack discusses it. */
  private String find(String term) {
    try {
      return resolve(term);
    } catch (UnknownIdException e) {
      throw Mentions.explain(e, content);
    }
  }

  /** The id of the concept the term names. */
  public String resolve(String term) {
    return matcher.resolve(term, content.conceptIds(), this::names);
  }

  /**
   * A concept picked with this seed. {@link Random} is specified down to its algorithm, so a seed
   * picks the same concept on every JVM.
   */
  public Explanation random(long seed, Level level, boolean fullReferences) {
    List<String> ids = content.conceptIds();
    if (ids.isEmpty()) {
      throw new UnknownIdException("concept", "(random)", List.of(), false);
    }
    String id = ids.get(new Random(seed).nextInt(ids.size()));
    return explanation(content.concept(id), level, fullReferences, OptionalLong.of(seed));
  }

  public ConceptList list() {
    return new ConceptList(content.pack(), content.concepts());
  }

  private Explanation explanation(
      Concept concept, Level level, boolean fullReferences, OptionalLong seed) {
    return new Explanation(
        content.pack(),
        concept,
        content.bibliography().resolve(concept.sources()),
        level,
        fullReferences,
        seed);
  }

  /** Titles and aliases of every concept; parsing them all is the price of a fuzzy name. */
  private Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Concept c : content.concepts()) {
      names.putIfAbsent(IdMatcher.normalize(c.title()), c.id());
      c.aliases().forEach(a -> names.putIfAbsent(IdMatcher.normalize(a), c.id()));
    }
    return names;
  }
}
