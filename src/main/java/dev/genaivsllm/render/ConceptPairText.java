package dev.genaivsllm.render;

import dev.genaivsllm.core.ConceptPair;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two concepts side by side for people ({@code explain X vs Y}, and {@code ask} when a question
 * sets two against each other): a two-column table of what each is, where it sits and what it is
 * not; below {@link #NARROW} columns one after the other instead.
 */
final class ConceptPairText {
  private static final int NARROW = 60;
  private static final String INDENT = "  ";

  private final RenderContext ctx;
  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  ConceptPairText(RenderContext ctx) {
    this.ctx = ctx;
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 120);
  }

  String render(ConceptPair pair) {
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading(pair.first().title())
            + theme.muted(" vs ")
            + theme.heading(pair.second().title()));
    out.add("");
    table(pair.first(), pair.second(), out);
    out.add("");
    labelled(
        "Sources",
        pair.sources().stream().map(Source::shortCite).collect(Collectors.joining("; ")),
        out);
    labelled(
        "More",
        "explain " + pair.first().id() + glyphs.listSeparator() + "explain " + pair.second().id(),
        out);
    return String.join("\n", out) + "\n";
  }

  /** The two concepts as a table, or stacked when the terminal is narrow. */
  void table(Concept a, Concept b, List<String> out) {
    List<Function<Concept, String>> rows =
        List.of(
            Concept::definition,
            c -> "Where it sits: " + c.placement().label() + ". " + c.placementNote(),
            c -> "Not to confuse: " + c.isNot());
    if (width < NARROW) {
      for (Concept c : List.of(a, b)) {
        out.add(theme.emphasis(c.title()));
        for (Function<Concept, String> row : rows) {
          TextWrap.hanging(glyphs.bullet() + " ", row.apply(c), width - INDENT.length())
              .forEach(l -> out.add(INDENT + l));
        }
        out.add("");
      }
      out.remove(out.size() - 1);
      return;
    }
    int[] widths = BoxTable.split(width, 0, 0);
    BoxTable table = new BoxTable(ctx, widths);
    out.add(table.top());
    out.addAll(
        table.row(
            List.of(
                new BoxTable.Cell(TextWrap.wrap(a.title(), widths[0]), theme::emphasis),
                new BoxTable.Cell(TextWrap.wrap(b.title(), widths[1]), theme::emphasis))));
    for (Function<Concept, String> row : rows) {
      out.add(table.rule());
      out.addAll(
          table.row(
              List.of(
                  BoxTable.Cell.plain(TextWrap.wrap(row.apply(a), widths[0])),
                  BoxTable.Cell.plain(TextWrap.wrap(row.apply(b), widths[1])))));
    }
    out.add(table.bottom());
  }

  private void labelled(String label, String text, List<String> out) {
    String plain = label + ": ";
    List<String> lines = TextWrap.hanging(plain, text, width);
    out.add(theme.heading(label) + ": " + lines.get(0).substring(plain.length()));
    out.addAll(lines.subList(1, lines.size()));
  }
}
