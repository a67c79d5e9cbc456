package dev.genaivsllm.content;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Lexicon;
import dev.genaivsllm.understand.FieldSigns;
import dev.genaivsllm.understand.LexiconMatcher;
import dev.genaivsllm.understand.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code lint} checks about how people ask: every concept and dimension should say how
 * learners phrase the questions it answers (without phrasings, {@code ask} finds it only by its own
 * words), no phrasing should point at two entries, since {@code ask} can give only one answer, and
 * the lexicon's {@code elsewhere} and {@code requests} phrases must not refuse an entry's own name
 * or phrasing, nor any of its sign lists be only stop words ("the" would put every question in the
 * field), nor its everyday phrases of several words shrink to one word ("our handbook").
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

  void signs(Lexicon lexicon, List<Dimension> dimensions, List<Concept> concepts) {
    List<String> phrases = new ArrayList<>(lexicon.field());
    phrases.addAll(lexicon.elsewhere());
    phrases.addAll(lexicon.requests());
    for (String phrase : phrases) {
      if (Words.of(phrase).stream().allMatch(w -> Words.isStop(w.text()))) {
        findings.inLayeredFile(
            ContentRepository.LEXICON,
            phrase,
            Rule.LEXICON_SIGN,
            "'" + phrase + "' is only stop words: as a sign it would match almost any question");
      }
    }
    FieldSigns signs = new FieldSigns(lexicon);
    for (Dimension d : dimensions) {
      refused(
          signs,
          ContentRepository.DIMENSIONS,
          d.id(),
          names(d.title(), d.aliases()),
          d.phrasings());
    }
    for (Concept c : concepts) {
      refused(
          signs, ContentRepository.CONCEPTS, c.id(), names(c.title(), c.aliases()), c.phrasings());
    }
  }

  /**
   * The lexicon's everyday phrases as the matcher reads them: one written in several words but
   * matched by a single word once its fillers are passed over ("our handbook" meets every
   * "handbook").
   */
  void phrases(Lexicon lexicon) {
    for (Lexicon.Term t : lexicon.terms()) {
      for (String means : t.means()) {
        List<String> stems = LexiconMatcher.stems(means);
        if (Words.of(means).size() > 1 && stems.size() == 1) {
          findings.inLayeredFile(
              ContentRepository.LEXICON,
              means,
              Rule.LEXICON_PHRASE,
              "'"
                  + means
                  + "' is matched as '"
                  + stems.get(0)
                  + "' alone, since its other words are passed over: it means "
                  + t.term()
                  + " wherever that word is said");
        }
      }
    }
  }

  private static List<String> names(String title, List<String> aliases) {
    List<String> names = new ArrayList<>(aliases);
    names.add(0, title);
    return names;
  }

  private void refused(
      FieldSigns signs, String folder, String id, List<String> names, List<String> phrasings) {
    List<String> texts = new ArrayList<>(names);
    texts.addAll(phrasings);
    for (String text : texts) {
      if (signs.elsewhere(Words.of(text))) {
        findings.inEntry(
            folder,
            id,
            text,
            Rule.LEXICON_SIGN,
            "'"
                + text
                + "' says one of the lexicon's elsewhere or requests phrases: ask would refuse it");
      }
    }
  }

  /** Case, punctuation and spacing do not make two phrasings different. */
  private static String normal(String phrasing) {
    return phrasing.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
