package dev.genaivsllm.content;

import dev.genaivsllm.model.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps {@code lexicon.yaml}: the field's terms, each with the everyday words that mean it, and the
 * field's words that also mean something else, the words that say a text is about the field, and
 * the phrases that ask for something elsewhere or for a job done.
 */
final class LexiconMapper {
  private LexiconMapper() {}

  static Lexicon map(String file, Node node, Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems)
            .allowOnly(Set.of("terms", "everyday", "field", "elsewhere", "requests"));
    List<Lexicon.Term> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlMap t : map.maps("terms", 1, 2000)) {
      t.allowOnly(Set.of("term", "means"));
      String term = t.text("term", 60).toLowerCase(Locale.ROOT);
      if (!seen.add(term)) {
        t.report("term", Rule.DUPLICATE_ID, "term '" + term + "' is listed twice");
      }
      List<String> means =
          t.texts("means", 1, 100, 60).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
      terms.add(new Lexicon.Term(term, means));
    }
    return new Lexicon(
        terms,
        lowerCase(map, "everyday", 40),
        lowerCase(map, "field", 60),
        lowerCase(map, "elsewhere", 60),
        lowerCase(map, "requests", 60));
  }

  private static List<String> lowerCase(YamlMap map, String key, int longest) {
    return map.has(key)
        ? map.texts(key, 0, 500, longest).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()
        : List.of();
  }
}
