package dev.genaivsllm.render;

import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.content.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code lint} for people and editors: one line per problem, {@code file:line:column: CODE
 * message}, the way compilers write them, then a count.
 */
final class LintText {
  private final Theme theme;

  LintText(RenderContext ctx) {
    this.theme = ctx.theme();
  }

  String render(LintReport report) {
    List<String> out = new ArrayList<>();
    for (Problem p : report.problems()) {
      String code =
          p.rule().warning() ? theme.muted(p.rule().code()) : theme.wrong(p.rule().code());
      out.add(
          p.location()
              + ": "
              + code
              + " "
              + (p.field().isEmpty() ? "" : p.field() + ": ")
              + p.message());
    }
    String packs = report.packs().stream().map(Object::toString).collect(Collectors.joining(", "));
    if (report.problems().isEmpty()) {
      out.add(theme.correct("No problems") + " in " + packs + ".");
    } else {
      out.add(
          report.errors()
              + plural(report.errors(), " error")
              + ", "
              + report.warnings()
              + plural(report.warnings(), " warning")
              + " in "
              + packs
              + ".");
    }
    return String.join("\n", out) + "\n";
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }
}
