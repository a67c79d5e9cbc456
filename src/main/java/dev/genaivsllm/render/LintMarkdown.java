package dev.genaivsllm.render;

import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.content.Problem;

/** {@code lint} as a markdown table, for a pull request comment. */
final class LintMarkdown {
  String render(LintReport report) {
    StringBuilder md = new StringBuilder("| Where | Code | Problem |\n|---|---|---|\n");
    for (Problem p : report.problems()) {
      md.append("| `")
          .append(p.location())
          .append("` | ")
          .append(p.rule().code())
          .append(p.rule().warning() ? " (warning)" : "")
          .append(" | ")
          .append(Markdown.cell((p.field().isEmpty() ? "" : p.field() + ": ") + p.message()))
          .append(" |\n");
    }
    md.append('\n')
        .append(report.errors())
        .append(" errors, ")
        .append(report.warnings())
        .append(" warnings.\n");
    return md.toString();
  }
}
