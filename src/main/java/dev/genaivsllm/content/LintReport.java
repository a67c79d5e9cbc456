package dev.genaivsllm.content;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code lint} found in the packs it checked.
 *
 * @param packs the pack folders checked, bottom first
 * @param problems every problem not ignored, by file and line
 */
public record LintReport(List<Path> packs, List<Problem> problems) {
  public LintReport {
    packs = List.copyOf(packs);
    problems = List.copyOf(problems);
  }

  public long errors() {
    return problems.stream().filter(p -> !p.rule().warning()).count();
  }

  public long warnings() {
    return problems.stream().filter(p -> p.rule().warning()).count();
  }
}
