package dev.genaivsllm.render;

import dev.genaivsllm.content.LintReport;
import dev.genaivsllm.content.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code lint} for people and editors: one line per problem, {@code file:line:column: CODE
 * message}, the way compilers write them, then a count.
 */
final class LintText {
  private final Theme theme;
  private final RenderContext ctx;

  LintText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.ctx = ctx;
  }

  String render(LintReport report) {
    List<String> out = new ArrayList<>();
    for (Problem p : report.problems()) {
      UnaryOperator<String> codeStyle = p.rule().warning() ? theme::muted : theme::wrong;
      String message = (p.field().isEmpty() ? "" : p.field() + ": ") + p.message();
      if (!ctx.terminal()) {
        // piped: one line per problem, as compilers write them, for editors and grep
        out.add(p.location() + ": " + codeStyle.apply(p.rule().code()) + " " + message);
        continue;
      }
      out.addAll(
          Styled.hanging(
              "",
              "    ",
              ctx.width(),
              Styled.plain(p.location() + ":"),
              Styled.part(" " + p.rule().code(), codeStyle),
              Styled.plain(" " + message)));
    }
    String packs = report.packs().stream().map(Object::toString).collect(Collectors.joining(", "));
    if (report.problems().isEmpty()) {
      out.addAll(
          Styled.wrap(
              ctx.width(),
              Styled.part("No problems", theme::correct),
              Styled.plain(" in " + packs + ".")));
    } else {
      out.addAll(
          TextWrap.wrap(
              Plural.of(report.errors(), "error")
                  + ", "
                  + Plural.of(report.warnings(), "warning")
                  + " in "
                  + packs
                  + ".",
              ctx.width()));
    }
    return String.join("\n", out) + "\n";
  }
}
