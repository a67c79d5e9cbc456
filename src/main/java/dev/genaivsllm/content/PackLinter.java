package dev.genaivsllm.content;

import dev.genaivsllm.match.IdMatcher;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code lint}: reads every file of the packs in use, collecting every problem instead of stopping
 * at the first, then checks what no single file can: names used twice, links that go one way,
 * sources nothing cites, entries not reviewed for a year.
 */
public final class PackLinter {
  private final ContentLimits limits;
  private final LocalDate today;
  private final Set<String> needLabels;

  /**
   * @param needLabels the needs {@code recommend --need} accepts, each of which needs a rule
   */
  public PackLinter(ContentLimits limits, LocalDate today, Set<String> needLabels) {
    this.limits = limits;
    this.today = today;
    this.needLabels = Set.copyOf(needLabels);
  }

  /**
   * @param roots the packs, bottom first
   * @param only report problems only in files under this folder, when given
   * @param ignored rule codes not to report
   */
  public LintReport lint(List<Path> roots, Path only, Set<String> ignored) {
    ContentRepository repo = ContentRepository.collecting(roots, limits);
    List<Problem> problems = new ArrayList<>();
    try {
      readEverything(repo, problems);
    } catch (ContentException e) {
      problems.add(e.detail());
    }
    problems.addAll(0, repo.problems());
    List<Problem> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Problem p : problems) {
      boolean inScope = only == null || Path.of(p.file()).normalize().startsWith(only.normalize());
      if (inScope && !ignored.contains(p.rule().code()) && seen.add(p.toString() + p.rule())) {
        kept.add(p);
      }
    }
    kept.sort(
        Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.rule().code()));
    return new LintReport(only == null ? roots : List.of(only), kept);
  }

  private void readEverything(ContentRepository repo, List<Problem> problems) {
    repo.pack();
    repo.bibliography();
    List<Dimension> dimensions = repo.dimensions();
    List<Concept> concepts = repo.concepts();
    List<Question> questions = repo.questions();
    List<Family> families = repo.families();
    SignalBook signals = families.isEmpty() ? null : repo.signals();
    names(repo, dimensions, concepts, problems);
    links(repo, dimensions, concepts, problems);
    unusedSources(repo, dimensions, concepts, questions, families, problems);
    stale(repo, dimensions, concepts, families, problems);
    if (signals != null) {
      needs(repo, signals, problems);
    }
  }

  /** No alias or title may name two entries of a kind, or another entry's id. */
  private void names(
      ContentRepository repo,
      List<Dimension> dimensions,
      List<Concept> concepts,
      List<Problem> problems) {
    Map<String, String> dimensionNames = new HashMap<>();
    for (Dimension d : dimensions) {
      List<String> names = new ArrayList<>(d.aliases());
      names.add(d.title());
      clash(
          repo,
          ContentRepository.DIMENSIONS,
          d.id(),
          names,
          dimensionNames,
          repo.dimensionIds(),
          problems);
    }
    Map<String, String> conceptNames = new HashMap<>();
    for (Concept c : concepts) {
      List<String> names = new ArrayList<>(c.aliases());
      names.add(c.title());
      clash(
          repo,
          ContentRepository.CONCEPTS,
          c.id(),
          names,
          conceptNames,
          repo.conceptIds(),
          problems);
    }
    for (Dimension d : dimensions) {
      for (String alias : d.aliases()) {
        String n = IdMatcher.normalize(alias);
        String concept = repo.conceptIds().contains(n) ? n : conceptNames.get(n);
        if (concept != null) {
          add(
              repo,
              ContentRepository.DIMENSIONS,
              d.id(),
              alias,
              Rule.NAME_CLASH,
              "alias '"
                  + alias
                  + "' names concept "
                  + concept
                  + ": compare and explain would"
                  + " compete for it",
              problems);
        }
      }
    }
  }

  private void clash(
      ContentRepository repo,
      String folder,
      String id,
      List<String> names,
      Map<String, String> owners,
      List<String> ids,
      List<Problem> problems) {
    for (String name : names) {
      String n = IdMatcher.normalize(name);
      String owner = owners.putIfAbsent(n, id);
      if (owner != null && !owner.equals(id)) {
        add(
            repo,
            folder,
            id,
            name,
            Rule.NAME_CLASH,
            "'" + name + "' also names " + owner,
            problems);
      } else if (ids.contains(n) && !n.equals(id)) {
        add(
            repo,
            folder,
            id,
            name,
            Rule.NAME_CLASH,
            "'" + name + "' is the id of another entry, " + n,
            problems);
      }
    }
  }

  /** A dimension lists a concept exactly when the concept lists the dimension. */
  private void links(
      ContentRepository repo,
      List<Dimension> dimensions,
      List<Concept> concepts,
      List<Problem> problems) {
    Map<String, Concept> byId = new HashMap<>();
    concepts.forEach(c -> byId.put(c.id(), c));
    Map<String, Dimension> dims = new HashMap<>();
    dimensions.forEach(d -> dims.put(d.id(), d));
    for (Dimension d : dimensions) {
      for (String c : d.concepts()) {
        Concept concept = byId.get(c);
        if (concept != null && !concept.dimensions().contains(d.id())) {
          add(
              repo,
              ContentRepository.CONCEPTS,
              c,
              "dimensions",
              Rule.ONE_WAY_LINK,
              "dimension " + d.id() + " lists this concept; list " + d.id() + " here too",
              problems);
        }
      }
    }
    for (Concept c : concepts) {
      for (String d : c.dimensions()) {
        Dimension dimension = dims.get(d);
        if (dimension != null && !dimension.concepts().contains(c.id())) {
          add(
              repo,
              ContentRepository.DIMENSIONS,
              d,
              "concepts",
              Rule.ONE_WAY_LINK,
              "concept " + c.id() + " lists this dimension; list " + c.id() + " here too",
              problems);
        }
      }
    }
  }

  private void unusedSources(
      ContentRepository repo,
      List<Dimension> dimensions,
      List<Concept> concepts,
      List<Question> questions,
      List<Family> families,
      List<Problem> problems) {
    Set<String> cited = new HashSet<>();
    dimensions.forEach(d -> cited.addAll(d.citedKeys()));
    concepts.forEach(c -> cited.addAll(c.sources()));
    questions.forEach(q -> cited.addAll(q.sources()));
    families.forEach(f -> cited.addAll(f.sources()));
    for (Source s : repo.bibliography().all()) {
      if (!cited.contains(s.key())) {
        Path file = sourcesFileOf(repo, s.key());
        problems.add(
            at(
                file,
                s.key() + ":",
                "",
                Rule.UNUSED_SOURCE,
                "source '" + s.key() + "' is cited by nothing in the pack"));
      }
    }
  }

  private void stale(
      ContentRepository repo,
      List<Dimension> dimensions,
      List<Concept> concepts,
      List<Family> families,
      List<Problem> problems) {
    LocalDate limit = today.minusYears(1);
    for (Dimension d : dimensions) {
      if (d.reviewed().isBefore(limit)) {
        add(
            repo,
            ContentRepository.DIMENSIONS,
            d.id(),
            "reviewed",
            Rule.STALE,
            "last reviewed " + d.reviewed() + ", more than a year ago",
            problems);
      }
    }
    for (Concept c : concepts) {
      if (c.reviewed().isBefore(limit)) {
        add(
            repo,
            ContentRepository.CONCEPTS,
            c.id(),
            "reviewed",
            Rule.STALE,
            "last reviewed " + c.reviewed() + ", more than a year ago",
            problems);
      }
    }
    for (Family f : families) {
      if (f.reviewed().isBefore(limit)) {
        add(
            repo,
            ContentRepository.FAMILIES,
            f.id(),
            "reviewed",
            Rule.STALE,
            "last reviewed " + f.reviewed() + ", more than a year ago",
            problems);
      }
    }
  }

  private void needs(ContentRepository repo, SignalBook signals, List<Problem> problems) {
    Set<String> rules = new TreeSet<>();
    signals.signals().stream().filter(s -> s.kind().equals("need")).forEach(s -> rules.add(s.id()));
    Path file = repo.roots().get(repo.roots().size() - 1).resolve(ContentRepository.SIGNALS);
    for (String need : new TreeSet<>(needLabels)) {
      if (!rules.contains(need)) {
        problems.add(
            at(file, "signals:", "", Rule.MISSING_NEED_RULE, "no need rule for --need " + need));
      }
    }
    for (String rule : rules) {
      if (!needLabels.contains(rule)) {
        problems.add(
            at(
                file,
                "id: " + rule,
                "",
                Rule.MISSING_NEED_RULE,
                "need rule '" + rule + "' cannot be asked for with --need"));
      }
    }
  }

  private void add(
      ContentRepository repo,
      String folder,
      String id,
      String needle,
      Rule rule,
      String message,
      List<Problem> problems) {
    repo.fileOf(folder, id).ifPresent(file -> problems.add(at(file, needle, "", rule, message)));
  }

  private static Path sourcesFileOf(ContentRepository repo, String key) {
    for (int i = repo.roots().size() - 1; i >= 0; i--) {
      Path file = repo.roots().get(i).resolve(ContentRepository.SOURCES);
      if (Files.exists(file) && find(file, key + ":")[0] > 0) {
        return file;
      }
    }
    return repo.roots().get(0).resolve(ContentRepository.SOURCES);
  }

  /** A problem at the first line of the file that contains the needle (else the whole file). */
  private static Problem at(Path file, String needle, String field, Rule rule, String message) {
    int[] where = find(file, needle);
    return new Problem(file.toString(), where[0], where[1], field, rule, message);
  }

  private static int[] find(Path file, String needle) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        int column = lines.get(i).indexOf(needle);
        if (column >= 0) {
          return new int[] {i + 1, column + 1};
        }
      }
    } catch (IOException | RuntimeException e) {
      // no position: the problem names the file alone
    }
    return new int[] {0, 0};
  }
}
