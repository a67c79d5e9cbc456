package dev.genaivsllm.render;

import dev.genaivsllm.core.ConceptList;
import dev.genaivsllm.core.Explanation;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code explain} for people: definition, the chosen level, the confusion, the context. */
final class ConceptText {
  private static final String INDENT = "  ";

  private final RenderContext ctx;
  private final Theme theme;
  private final int width;

  ConceptText(RenderContext ctx) {
    this.ctx = ctx;
    this.theme = ctx.theme();
    this.width = Math.min(ctx.width(), 100);
  }

  String render(Explanation e) {
    Concept c = e.concept();
    List<String> out = new ArrayList<>();
    out.add(
        theme.heading(c.title()) + theme.muted(ctx.glyphs().separator() + c.placement().label()));
    TextWrap.wrap(c.definition(), width).forEach(l -> out.add(theme.emphasis(l)));
    if (e.level().showsBeginner()) {
      section("Explained simply", c.beginner(), out);
    }
    if (e.level().showsPractitioner()) {
      section("For practitioners", c.practitioner(), out);
    }
    section("What it is not", c.isNot(), out);
    section("Where it sits: " + c.placement().label(), c.placementNote(), out);
    out.add("");
    commands("See also", c.related().stream().map(r -> "explain " + r).toList(), out);
    commands("In compare", c.dimensions().stream().map(d -> "compare " + d).toList(), out);
    if (e.fullReferences()) {
      out.add("");
      out.add(theme.heading("Sources"));
      int n = 1;
      for (Source s : e.sources()) {
        String marker = "[" + n++ + "] ";
        for (String line : TextWrap.hanging(marker, References.text(s), width - INDENT.length())) {
          out.add(INDENT + line);
        }
      }
    } else {
      String cites = e.sources().stream().map(Source::shortCite).collect(Collectors.joining("; "));
      labelled("Sources", cites, out);
      out.add(theme.muted("Full references: add --sources"));
    }
    e.seed()
        .ifPresent(
            seed ->
                out.add(
                    theme.muted(
                        "Picked at random; the same pick again: genai-vs-llm explain --random"
                            + " --seed "
                            + seed)));
    return String.join("\n", out) + "\n";
  }

  String render(ConceptList list) {
    StringBuilder out = new StringBuilder();
    if (!ctx.terminal()) {
      list.concepts().forEach(c -> out.append(c.id()).append('\n'));
      return out.toString();
    }
    int idWidth = list.concepts().stream().mapToInt(c -> c.id().length()).max().orElse(0);
    for (Concept c : list.concepts()) {
      String prefix = TextWrap.pad(c.id(), idWidth) + "  ";
      List<String> lines = TextWrap.hanging(prefix, c.definition(), Math.min(ctx.width(), 120));
      lines.set(0, theme.emphasis(c.id()) + lines.get(0).substring(c.id().length()));
      lines.forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }

  private void section(String heading, String text, List<String> out) {
    out.add("");
    out.add(theme.heading(heading));
    TextWrap.wrap(text, width - INDENT.length()).forEach(l -> out.add(INDENT + l));
  }

  private void commands(String label, List<String> commands, List<String> out) {
    if (!commands.isEmpty()) {
      labelled(label, String.join(ctx.glyphs().listSeparator(), commands), out);
    }
  }

  /** "Label: text", wrapped under the text, with the label styled after measuring. */
  private void labelled(String label, String text, List<String> out) {
    String plain = label + ": ";
    List<String> lines = TextWrap.hanging(plain, text, width);
    out.add(theme.heading(label) + ": " + lines.get(0).substring(plain.length()));
    out.addAll(lines.subList(1, lines.size()));
  }
}
