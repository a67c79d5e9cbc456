package dev.genaivsllm.content;

import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Family;
import dev.genaivsllm.model.FieldMap;
import dev.genaivsllm.model.Question;
import dev.genaivsllm.model.SignalBook;
import dev.genaivsllm.model.Timeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lint}: reads every file of the packs in use, collecting every problem instead of stopping
 * at the first, then runs the {@link CrossChecks} for what no single file can show (names used
 * twice, links that go one way, sources nothing cites, entries not reviewed for a year, entries on
 * a moved topic that cite only older work), and hands back the problems in scope, once each, in
 * file order.
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
      boolean inScope = only == null || within(p.file(), only);
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

  /**
   * Whether a problem's file is under the folder, compared as absolute paths: {@code .}, {@code ./}
   * and the empty path are the current folder, whose files are named {@code ./concepts/x.yaml}.
   */
  private static boolean within(String file, Path folder) {
    return Path.of(file)
        .toAbsolutePath()
        .normalize()
        .startsWith(folder.toAbsolutePath().normalize());
  }

  private void readEverything(ContentRepository repo, List<Problem> problems) {
    repo.pack();
    repo.bibliography();
    List<Dimension> dimensions = repo.dimensions();
    List<Concept> concepts = repo.concepts();
    List<Question> questions = repo.questions();
    List<Family> families = repo.families();
    SignalBook signals = families.isEmpty() ? null : repo.signals();
    FieldMap map = repo.anyPackHas(ContentRepository.MAP) ? repo.fieldMap() : null;
    Timeline timeline = repo.anyPackHas(ContentRepository.TIMELINE) ? repo.timeline() : null;
    CrossChecks checks = new CrossChecks(repo, new Findings(repo, problems));
    checks.names(dimensions, concepts);
    checks.links(dimensions, concepts);
    checks.unusedSources(dimensions, concepts, questions, families, map, timeline);
    if (timeline != null) {
      new EventDates(repo, new Findings(repo, problems)).check(timeline, dimensions);
    }
    checks.stale(today, dimensions, concepts, families);
    checks.outdated(repo.pack().moved(), dimensions, concepts, families);
    if (signals != null) {
      checks.needs(signals, needLabels);
    }
    PhrasingChecks phrasings = new PhrasingChecks(new Findings(repo, problems));
    phrasings.check(dimensions, concepts);
    phrasings.signs(repo.lexicon(), dimensions, concepts);
    phrasings.phrases(repo.lexicon());
  }
}
