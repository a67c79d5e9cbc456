package dev.genaivsllm.content;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code lint} checks about how people ask: every concept and dimension should say how
 * learners phrase the questions it answers (without phrasings, {@code ask} finds it only by its own
 * words), and no phrasing should point at two entries, since {@code ask} can give only one answer.
 */
final class PhrasingChecks {
  private final Findings findings;

  PhrasingChecks(Findings findings) {
    this.findings = findings;
  }

  void check(List<Dimension> dimensions, List<Concept> concepts) {
    Map<String, String> owner = new HashMap<>();
    for (Dimension d : dimensions) {
      entry(ContentRepository.DIMENSIONS, d.id(), d.title(), d.phrasings(), owner);
    }
    for (Concept c : concepts) {
      entry(ContentRepository.CONCEPTS, c.id(), c.title(), c.phrasings(), owner);
    }
  }

  private void entry(
      String folder, String id, String title, List<String> phrasings, Map<String, String> owner) {
    if (phrasings.isEmpty()) {
      findings.inEntry(
          folder,
          id,
          "title:",
          Rule.MISSING_PHRASINGS,
          "'" + title + "' has no phrasings: add how learners ask about it");
    }
    for (String phrasing : phrasings) {
      String key = normal(phrasing);
      String other = owner.putIfAbsent(key, folder + "/" + id);
      if (other != null && !other.equals(folder + "/" + id)) {
        findings.inEntry(
            folder,
            id,
            phrasing,
            Rule.DUPLICATE_PHRASING,
            "phrasing '" + phrasing + "' is also given for " + other + ".yaml");
      }
    }
  }

  /** Case, punctuation and spacing do not make two phrasings different. */
  private static String normal(String phrasing) {
    return phrasing.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
