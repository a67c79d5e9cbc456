package dev.genaivsllm.render;

import dev.genaivsllm.core.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code eval} for people: the two figures, then every miss with what was expected. */
final class EvaluationText {
  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  EvaluationText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 120);
  }

  String render(Evaluation e) {
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading(e.file())
            + theme.muted(
                glyphs.separator()
                    + e.kind()
                    + glyphs.separator()
                    + e.cases()
                    + (e.cases() == 1 ? " case" : " cases")));
    out.add(figure("right first", e.top1(), e.cases()));
    out.add(figure("right in the first three", e.top3(), e.cases()));
    if (e.outOfScope() > 0) {
      out.add(figure("nothing to answer, and said so", e.outOfScopeRight(), e.outOfScope()));
    }
    if (!e.confusion().isEmpty()) {
      out.add("");
      out.add(theme.heading("Confusion") + theme.muted(" (expected: given first × times)"));
      String last = null;
      StringBuilder line = new StringBuilder();
      for (Evaluation.Confusion c : e.confusion()) {
        if (!c.expected().equals(last)) {
          if (last != null) {
            TextWrap.hanging("  ", line.toString(), width).forEach(out::add);
          }
          line = new StringBuilder(c.expected()).append(":");
          last = c.expected();
        }
        line.append(' ').append(c.got()).append(" × ").append(c.count());
      }
      if (last != null) {
        TextWrap.hanging("  ", line.toString(), width).forEach(out::add);
      }
    }
    if (!e.misses().isEmpty()) {
      out.add("");
      out.add(theme.heading("Misses") + theme.muted(" (in the first three: ~)"));
      for (Evaluation.Miss m : e.misses()) {
        String text =
            "\"" + m.text() + "\": expected " + ids(m.expected()) + ", got " + ids(m.got());
        TextWrap.hanging(m.inTop3() ? "~ " : glyphs.cross() + " ", text, width).forEach(out::add);
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static String figure(String label, int n, int of) {
    return String.format(
        Locale.ROOT, "  %-32s %4d / %-4d %5.1f %%", label, n, of, of == 0 ? 0.0 : 100.0 * n / of);
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(" + ", ids);
  }
}
