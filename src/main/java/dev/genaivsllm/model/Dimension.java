package dev.genaivsllm.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One axis of the comparison, loaded from {@code dimensions/<id>.yaml}.
 *
 * @param phrasings questions as learners ask them when this dimension is the answer
 * @param sources the keys behind the summary lines, as written in the file
 */
public record Dimension(
    String id,
    String title,
    String question,
    String summary,
    List<String> aliases,
    List<String> phrasings,
    Side genai,
    Side llm,
    List<Statement> nuance,
    List<Misconception> misconceptions,
    List<String> concepts,
    List<String> sources,
    LocalDate reviewed) {

  public Dimension {
    aliases = List.copyOf(aliases);
    phrasings = List.copyOf(phrasings);
    nuance = List.copyOf(nuance);
    misconceptions = List.copyOf(misconceptions);
    concepts = List.copyOf(concepts);
    sources = List.copyOf(sources);
  }

  /** Every key this dimension cites, summary sources first, then in order of first appearance. */
  public List<String> citedKeys() {
    Set<String> keys = new LinkedHashSet<>(sources);
    for (Side side : List.of(genai, llm)) {
      side.points().forEach(p -> keys.addAll(p.sources()));
    }
    nuance.forEach(n -> keys.addAll(n.sources()));
    misconceptions.forEach(m -> keys.addAll(m.sources()));
    return List.copyOf(keys);
  }
}
