package dev.genaivsllm.content;

import dev.genaivsllm.match.IdMatcher;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.FieldMap;
import dev.genaivsllm.model.MovedTopic;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks {@code lint} makes across files, which no one file's template can: a name that points
 * at two entries, a link that goes one way, a source nothing cites, an entry not reviewed for a
 * year, an entry on a moved topic that cites only older work, a {@code --need} without its rule.
 * Each looks at the records already read, so it runs only after {@link PackLinter} has read
 * everything, and reports through {@link Findings}.
 */
final class CrossChecks {
  private final ContentRepository repo;
  private final Findings findings;

  CrossChecks(ContentRepository repo, Findings findings) {
    this.repo = repo;
    this.findings = findings;
  }

  /** No alias or title may name two entries of a kind, or another entry's id. */
  void names(List<Dimension> dimensions, List<Concept> concepts) {
    Map<String, String> dimensionNames = new HashMap<>();
    for (Dimension d : dimensions) {
      List<String> names = new ArrayList<>(d.aliases());
      names.add(d.title());
      clash(ContentRepository.DIMENSIONS, d.id(), names, dimensionNames, repo.dimensionIds());
    }
    Map<String, String> conceptNames = new HashMap<>();
    for (Concept c : concepts) {
      List<String> names = new ArrayList<>(c.aliases());
      names.add(c.title());
      clash(ContentRepository.CONCEPTS, c.id(), names, conceptNames, repo.conceptIds());
    }
    for (Dimension d : dimensions) {
      for (String alias : d.aliases()) {
        String n = IdMatcher.normalize(alias);
        String concept = repo.conceptIds().contains(n) ? n : conceptNames.get(n);
        if (concept != null) {
          findings.inEntry(
              ContentRepository.DIMENSIONS,
              d.id(),
              alias,
              Rule.NAME_CLASH,
              "alias '"
                  + alias
                  + "' names concept "
                  + concept
                  + ": compare and explain would"
                  + " compete for it");
        }
      }
    }
  }

  private void clash(
      String folder, String id, List<String> names, Map<String, String> owners, List<String> ids) {
    for (String name : names) {
      String n = IdMatcher.normalize(name);
      String owner = owners.putIfAbsent(n, id);
      if (owner != null && !owner.equals(id)) {
        findings.inEntry(folder, id, name, Rule.NAME_CLASH, "'" + name + "' also names " + owner);
      } else if (ids.contains(n) && !n.equals(id)) {
        findings.inEntry(
            folder, id, name, Rule.NAME_CLASH, "'" + name + "' is the id of another entry, " + n);
      }
    }
  }

  /** A dimension lists a concept exactly when the concept lists the dimension. */
  void links(List<Dimension> dimensions, List<Concept> concepts) {
    Map<String, Concept> byId = new HashMap<>();
    concepts.forEach(c -> byId.put(c.id(), c));
    Map<String, Dimension> dims = new HashMap<>();
    dimensions.forEach(d -> dims.put(d.id(), d));
    for (Dimension d : dimensions) {
      for (String c : d.concepts()) {
        Concept concept = byId.get(c);
        if (concept != null && !concept.dimensions().contains(d.id())) {
          findings.inEntry(
              ContentRepository.CONCEPTS,
              c,
              "dimensions",
              Rule.ONE_WAY_LINK,
              "dimension " + d.id() + " lists this concept; list " + d.id() + " here too");
        }
      }
    }
    for (Concept c : concepts) {
      for (String d : c.dimensions()) {
        Dimension dimension = dims.get(d);
        if (dimension != null && !dimension.concepts().contains(c.id())) {
          findings.inEntry(
              ContentRepository.DIMENSIONS,
              d,
              "concepts",
              Rule.ONE_WAY_LINK,
              "concept " + c.id() + " lists this dimension; list " + c.id() + " here too");
        }
      }
    }
  }

  /** Every source is cited by some entry; an uncited one is dead weight in the bibliography. */
  void unusedSources(
      List<Dimension> dimensions,
      List<Concept> concepts,
      List<Question> questions,
      List<Family> families,
      FieldMap map,
      Timeline timeline) {
    Set<String> cited = new HashSet<>();
    if (map != null) {
      map.regions().forEach(r -> cited.addAll(r.sources()));
      map.members().forEach(m -> cited.addAll(m.sources()));
    }
    if (timeline != null) {
      timeline.events().forEach(e -> cited.addAll(e.sources()));
    }
    dimensions.forEach(d -> cited.addAll(d.citedKeys()));
    concepts.forEach(c -> cited.addAll(c.sources()));
    questions.forEach(q -> cited.addAll(q.sources()));
    families.forEach(f -> cited.addAll(f.sources()));
    for (Source s : repo.bibliography().all()) {
      if (!cited.contains(s.key())) {
        findings.inSources(
            s.key(),
            Rule.UNUSED_SOURCE,
            "source '" + s.key() + "' is cited by nothing in the pack");
      }
    }
  }

  /** Entries reviewed more than a year before {@code today}. */
  void stale(
      LocalDate today, List<Dimension> dimensions, List<Concept> concepts, List<Family> families) {
    LocalDate limit = today.minusYears(1);
    for (Dimension d : dimensions) {
      if (d.reviewed().isBefore(limit)) {
        staleEntry(ContentRepository.DIMENSIONS, d.id(), d.reviewed());
      }
    }
    for (Concept c : concepts) {
      if (c.reviewed().isBefore(limit)) {
        staleEntry(ContentRepository.CONCEPTS, c.id(), c.reviewed());
      }
    }
    for (Family f : families) {
      if (f.reviewed().isBefore(limit)) {
        staleEntry(ContentRepository.FAMILIES, f.id(), f.reviewed());
      }
    }
  }

  private void staleEntry(String folder, String id, LocalDate reviewed) {
    findings.inEntry(
        folder, id, "reviewed", Rule.STALE, "last reviewed " + reviewed + ", more than a year ago");
  }

  /**
   * Entries on a topic the pack marks as moved ({@code pack.yaml}'s {@code moved}) that cite no
   * source from the year it moved on. Living documentation does not count: its year is the year it
   * was consulted, so it would make every entry look current. An id that names no entry is reported
   * in the pack.yaml that lists it.
   */
  void outdated(
      List<MovedTopic> moved,
      List<Dimension> dimensions,
      List<Concept> concepts,
      List<Family> families) {
    Map<String, List<String>> dimensionKeys = new HashMap<>();
    dimensions.forEach(d -> dimensionKeys.put(d.id(), d.citedKeys()));
    Map<String, List<String>> conceptKeys = new HashMap<>();
    concepts.forEach(c -> conceptKeys.put(c.id(), c.sources()));
    Map<String, List<String>> familyKeys = new HashMap<>();
    families.forEach(f -> familyKeys.put(f.id(), f.sources()));
    for (MovedTopic topic : moved) {
      outdated(topic, ContentRepository.DIMENSIONS, "dimension", topic.dimensions(), dimensionKeys);
      outdated(topic, ContentRepository.CONCEPTS, "concept", topic.concepts(), conceptKeys);
      outdated(topic, ContentRepository.FAMILIES, "family", topic.families(), familyKeys);
    }
  }

  private void outdated(
      MovedTopic topic,
      String folder,
      String kind,
      List<String> ids,
      Map<String, List<String>> citedBy) {
    for (String id : ids) {
      List<String> keys = citedBy.get(id);
      if (keys == null) {
        findings.inFile(
            packFileListing(id),
            id,
            Rule.UNKNOWN_REFERENCE,
            "moved: unknown " + kind + " '" + id + "'");
        continue;
      }
      OptionalInt newest = newestYear(keys);
      if (newest.isEmpty() || newest.getAsInt() < topic.since()) {
        findings.inEntry(
            folder,
            id,
            "reviewed",
            Rule.OUTDATED_SOURCES,
            "pack.yaml marks this topic as moved since "
                + topic.since()
                + (topic.why().isEmpty() ? "" : " (" + topic.why() + ")")
                + ", but the newest source cited here is "
                + (newest.isEmpty() ? "living documentation only" : "from " + newest.getAsInt())
                + "; check the entry against newer work and cite it");
      }
    }
  }

  /** The latest year among these sources, living documentation left out. */
  private OptionalInt newestYear(List<String> keys) {
    return keys.stream()
        .map(repo.bibliography()::find)
        .flatMap(java.util.Optional::stream)
        .filter(s -> !s.living())
        .mapToInt(Source::year)
        .max();
  }

  /** The topmost pack.yaml that mentions the id (else the top pack's). */
  private Path packFileListing(String id) {
    for (int i = repo.roots().size() - 1; i >= 0; i--) {
      Path file = repo.roots().get(i).resolve(ContentRepository.PACK);
      if (Files.exists(file) && TextPositions.of(file, id)[0] > 0) {
        return file;
      }
    }
    return repo.roots().get(repo.roots().size() - 1).resolve(ContentRepository.PACK);
  }

  /**
   * Every need {@code recommend --need} accepts has a rule, and every need rule can be asked for.
   */
  void needs(SignalBook signals, Set<String> needLabels) {
    Set<String> rules = new TreeSet<>();
    signals.signals().stream().filter(s -> s.kind().equals("need")).forEach(s -> rules.add(s.id()));
    Path file = repo.roots().get(repo.roots().size() - 1).resolve(ContentRepository.SIGNALS);
    for (String need : new TreeSet<>(needLabels)) {
      if (!rules.contains(need)) {
        findings.inFile(
            file, "signals:", Rule.MISSING_NEED_RULE, "no need rule for --need " + need);
      }
    }
    for (String rule : rules) {
      if (!needLabels.contains(rule)) {
        findings.inFile(
            file,
            "id: " + rule,
            Rule.MISSING_NEED_RULE,
            "need rule '" + rule + "' cannot be asked for with --need");
      }
    }
  }
}
