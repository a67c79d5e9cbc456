package dev.genaivsllm.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the entry a user means. Cheap checks come first, on ids alone (exact, singular, unique
 * prefix), so the common case never parses a file; names (titles and aliases) are asked for only
 * when ids do not decide it.
 */
public final class IdMatcher {
  /**
   * Longer than any name can be (ids are at most 40 characters, titles 60, aliases 40). A longer
   * query is refused at once: "did you mean" compares it with every name, in time that grows with
   * its length (a 130 kB one took 15 s).
   */
  public static final int MAX_QUERY = 100;

  private final String kind;

  /**
   * @param kind what is being looked up, for messages: "dimension", "concept"
   */
  public IdMatcher(String kind) {
    this.kind = kind;
  }

  /** Lower case, spaces and underscores as hyphens: "Self Attention" becomes "self-attention". */
  public static String normalize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }

  /**
   * @param ids every id, in display order
   * @param names normalized other names (titles, aliases) mapped to their id, built on demand
   * @throws UnknownIdException when nothing or more than one entry matches
   */
  public String resolve(String query, List<String> ids, Supplier<Map<String, String>> names) {
    if (query.strip().length() > MAX_QUERY) {
      throw new UnknownIdException(kind, query.strip(), List.of(), false)
          .withHint("names are at most " + MAX_QUERY + " characters");
    }
    String q = normalize(query);
    Optional<String> id = exact(q, ids::contains, s -> s);
    if (id.isPresent()) {
      return id.get();
    }
    List<String> prefixed = ids.stream().filter(i -> i.startsWith(q)).toList();
    if (prefixed.size() == 1 && !q.isEmpty()) {
      return prefixed.get(0);
    }
    Map<String, String> byName = names.get();
    id = exact(q, byName::containsKey, byName::get);
    if (id.isPresent()) {
      return id.get();
    }
    if (prefixed.size() > 1 && !q.isEmpty()) {
      throw new UnknownIdException(kind, query.strip(), prefixed, true);
    }
    throw new UnknownIdException(kind, query.strip(), closest(q, ids, byName), false);
  }

  private static Optional<String> exact(
      String q,
      java.util.function.Predicate<String> known,
      java.util.function.UnaryOperator<String> id) {
    for (String form : List.of(q, singular(q))) {
      if (!form.isEmpty() && known.test(form)) {
        return Optional.of(id.apply(form));
      }
    }
    return Optional.empty();
  }

  private static String singular(String q) {
    if (q.endsWith("ies") && q.length() > 4) {
      return q.substring(0, q.length() - 3) + "y";
    }
    return q.endsWith("s") && !q.endsWith("ss") ? q.substring(0, q.length() - 1) : q;
  }

  /**
   * Up to three ids whose id or name is a real typo away from the query, closest first: one edit
   * for four to seven letters, two from eight on, none below four ("cost" is not a typo of "cot";
   * "llama" is not one of "llm").
   */
  static List<String> closest(String q, List<String> ids, Map<String, String> byName) {
    int limit = q.length() <= 3 ? 0 : q.length() <= 7 ? 1 : 2;
    Set<String> names = new LinkedHashSet<>(ids);
    names.addAll(byName.keySet());
    return EditDistance.closest(q, names, limit).stream()
        .map(name -> byName.getOrDefault(name, name))
        .distinct()
        .limit(3)
        .toList();
  }
}
