package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.model.Dimension;
import java.util.ArrayList;
import java.util.List;

/** {@code compare} with no dimension named: one row per dimension with both one-line summaries. */
final class OverviewText {
  private static final int NARROW = 60;

  private final RenderContext ctx;
  private final Theme theme;
  private final int width;

  OverviewText(RenderContext ctx) {
    this.ctx = ctx;
    this.theme = ctx.theme();
    this.width = Math.min(ctx.width(), 120);
  }

  String render(Comparison comparison) {
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading(ComparisonText.GENAI + " vs " + ComparisonText.LLM)
            + theme.muted(
                ctx.glyphs().separator() + comparison.dimensions().size() + " dimensions"));
    if (!comparison.pack().description().isEmpty()) {
      out.addAll(TextWrap.wrap(comparison.pack().description(), width));
    }
    out.add("");
    if (width < NARROW) {
      stacked(comparison.dimensions(), out);
    } else {
      table(comparison.dimensions(), out);
    }
    out.add("");
    out.add("Details, misconceptions and sources:");
    out.add("  " + theme.command("genai-vs-llm compare <dimension>"));
    return String.join("\n", out) + "\n";
  }

  private void table(List<Dimension> dimensions, List<String> out) {
    int idWidth = dimensions.stream().mapToInt(d -> d.id().length()).max().orElse(9);
    int[] widths = BoxTable.split(width, Math.max(idWidth, "Dimension".length()), 0, 0);
    BoxTable table = new BoxTable(ctx, widths);
    out.add(table.top());
    out.addAll(
        table.row(
            List.of(
                new BoxTable.Cell(List.of("Dimension"), theme::heading),
                new BoxTable.Cell(List.of(ComparisonText.GENAI), theme::genai),
                new BoxTable.Cell(List.of(ComparisonText.LLM), theme::llm))));
    for (Dimension d : dimensions) {
      out.add(table.rule());
      out.addAll(
          table.row(
              List.of(
                  new BoxTable.Cell(List.of(d.id()), theme::emphasis),
                  BoxTable.Cell.plain(TextWrap.wrap(d.genai().summary(), widths[1])),
                  BoxTable.Cell.plain(TextWrap.wrap(d.llm().summary(), widths[2])))));
    }
    out.add(table.bottom());
  }

  private void stacked(List<Dimension> dimensions, List<String> out) {
    for (Dimension d : dimensions) {
      out.add(theme.emphasis(d.id()));
      for (String line :
          TextWrap.hanging(ComparisonText.GENAI + ": ", d.genai().summary(), width - 2)) {
        out.add("  " + line);
      }
      for (String line :
          TextWrap.hanging(ComparisonText.LLM + ": ", d.llm().summary(), width - 2)) {
        out.add("  " + line);
      }
    }
  }
}
