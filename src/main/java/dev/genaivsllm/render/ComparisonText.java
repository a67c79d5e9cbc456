package dev.genaivsllm.render;

import dev.genaivsllm.core.Comparison;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code compare} for people: each dimension as a two-column table, Generative AI beside LLMs, then
 * where the line blurs, the misconceptions and numbered sources. Below {@link #NARROW} columns the
 * two sides are stacked instead of squeezed.
 */
final class ComparisonText {
  static final String GENAI = "Generative AI";
  static final String LLM = "LLMs";
  private static final int NARROW = 60;
  private static final int INDENT = 2;

  private final RenderContext ctx;
  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  ComparisonText(RenderContext ctx) {
    this.ctx = ctx;
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 120);
  }

  String render(Comparison comparison) {
    Map<String, Source> sources =
        comparison.sources().stream().collect(Collectors.toMap(Source::key, Function.identity()));
    List<String> lines = new ArrayList<>();
    for (Dimension d : comparison.dimensions()) {
      if (!lines.isEmpty()) {
        lines.add("");
        lines.add(theme.muted(glyphs.heavyRule().repeat(width)));
        lines.add("");
      }
      dimension(d, sources, lines);
    }
    return String.join("\n", lines) + "\n";
  }

  private void dimension(Dimension d, Map<String, Source> sources, List<String> out) {
    Citations citations = new Citations(d.citedKeys());
    out.add(theme.heading(d.title()) + theme.muted(glyphs.separator()) + d.question());
    TextWrap.wrap(citations.cite(d.summary(), d.sources()), width).stream()
        .map(theme::markers)
        .forEach(out::add);
    out.add("");
    if (width < NARROW) {
      stacked(GENAI, theme::genai, d.genai(), citations, out);
      out.add("");
      stacked(LLM, theme::llm, d.llm(), citations, out);
    } else {
      table(d, citations, out);
    }
    out.add("");
    out.add(theme.heading("Where the line blurs"));
    for (Statement n : d.nuance()) {
      indented(glyphs.bullet() + " ", citations.cite(n.text(), n.sources()), out);
    }
    out.add("");
    out.add(theme.heading("Common misconceptions"));
    for (Misconception m : d.misconceptions()) {
      for (String line : TextWrap.hanging(glyphs.cross() + " ", m.claim(), width - INDENT)) {
        out.add(" ".repeat(INDENT) + theme.wrong(line));
      }
      indented("  " + glyphs.tick() + " ", citations.cite(m.correction(), m.sources()), out);
    }
    if (!d.concepts().isEmpty()) {
      out.add("");
      indentedPlain(
          theme.heading("Key concepts") + ": ",
          "Key concepts: ",
          String.join(", ", d.concepts()),
          out);
    }
    out.add("");
    out.add(theme.heading("Sources"));
    for (String key : d.citedKeys()) {
      Source s = sources.get(key);
      String entry =
          s.shortCite()
              + " "
              + glyphs.dash()
              + " "
              + s.title()
              + (s.unverified().isEmpty()
                  ? ""
                  : " (unverified: " + String.join(", ", s.unverified()) + ")");
      for (String line :
          TextWrap.hanging(citations.marker(List.of(key)) + " ", entry, width - INDENT)) {
        out.add(" ".repeat(INDENT) + theme.markers(line));
      }
    }
  }

  private void table(Dimension d, Citations citations, List<String> out) {
    int[] widths = BoxTable.split(width, 0, 0);
    BoxTable table = new BoxTable(ctx, widths);
    out.add(table.top());
    out.addAll(
        table.row(
            List.of(
                new BoxTable.Cell(List.of(GENAI), theme::genai),
                new BoxTable.Cell(List.of(LLM), theme::llm))));
    out.add(table.rule());
    out.addAll(
        table.row(
            List.of(
                new BoxTable.Cell(TextWrap.wrap(d.genai().summary(), widths[0]), theme::emphasis),
                new BoxTable.Cell(TextWrap.wrap(d.llm().summary(), widths[1]), theme::emphasis))));
    out.add(table.rule());
    out.addAll(
        table.row(
            List.of(
                new BoxTable.Cell(points(d.genai(), citations, widths[0]), theme::markers),
                new BoxTable.Cell(points(d.llm(), citations, widths[1]), theme::markers))));
    out.add(table.bottom());
  }

  private List<String> points(Side side, Citations citations, int columnWidth) {
    List<String> lines = new ArrayList<>();
    for (Statement p : side.points()) {
      lines.addAll(
          TextWrap.hanging(
              glyphs.bullet() + " ", citations.cite(p.text(), p.sources()), columnWidth));
    }
    return lines;
  }

  private void stacked(
      String label, UnaryOperator<String> style, Side side, Citations citations, List<String> out) {
    out.add(style.apply(label));
    for (String line : TextWrap.wrap(side.summary(), width - INDENT)) {
      out.add(" ".repeat(INDENT) + theme.emphasis(line));
    }
    for (Statement p : side.points()) {
      indented(glyphs.bullet() + " ", citations.cite(p.text(), p.sources()), out);
    }
  }

  private void indented(String prefix, String text, List<String> out) {
    for (String line : TextWrap.hanging(prefix, text, width - INDENT)) {
      out.add(" ".repeat(INDENT) + theme.markers(line));
    }
  }

  /** A labelled paragraph whose label is styled; wrapping is measured on the plain label. */
  private void indentedPlain(String styledLabel, String plainLabel, String text, List<String> out) {
    List<String> lines = TextWrap.hanging(plainLabel, text, width);
    out.add(styledLabel + lines.get(0).substring(plainLabel.length()));
    out.addAll(lines.subList(1, lines.size()));
  }
}
