package dev.genaivsllm.render;

import dev.genaivsllm.core.Answer;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.Misconception;
import dev.genaivsllm.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code ask} for people: the answer first (a definition, a dimension's two sides, a misconception
 * corrected, where a concept sits, or two concepts side by side), its sources, then at most three
 * entries to read next with the command that opens each.
 */
final class AnswerText {
  private static final String INDENT = "  ";

  /** Short citations shown under an answer; the rest are one command away. */
  private static final int SOURCES = 4;

  private final RenderContext ctx;
  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  AnswerText(RenderContext ctx) {
    this.ctx = ctx;
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 100);
  }

  String render(Answer a) {
    List<String> out = new ArrayList<>();
    switch (a.kind()) {
      case concept -> concept(a, a.concepts().get(0), out);
      case placement -> placement(a.concepts().get(0), out);
      case dimension -> dimension(a.dimension().orElseThrow(), out);
      case misconception ->
          misconception(a.dimension().orElseThrow(), a.misconception().orElseThrow(), out);
      case comparison -> {
        out.add(
            theme.heading(a.concepts().get(0).title())
                + theme.muted(" vs ")
                + theme.heading(a.concepts().get(1).title()));
        new ConceptPairText(ctx).table(a.concepts().get(0), a.concepts().get(1), out);
      }
    }
    out.add("");
    List<String> cites = a.sources().stream().map(Source::shortCite).toList();
    String shown = String.join("; ", cites.subList(0, Math.min(SOURCES, cites.size())));
    if (cites.size() > SOURCES) {
      shown += "; and " + (cites.size() - SOURCES) + " more in '" + more(a).get(0) + "'";
    }
    labelled("Sources", shown, out);
    labelled("More", String.join(glyphs.listSeparator(), more(a)), out);
    if (!a.seeAlso().isEmpty()) {
      out.add("");
      out.add(theme.heading("See also"));
      int titleWidth = a.seeAlso().stream().mapToInt(s -> s.title().length()).max().orElse(0);
      for (Answer.SeeAlso s : a.seeAlso()) {
        String title = TextWrap.pad(s.title(), Math.min(titleWidth, width / 2));
        out.add(INDENT + title + "  " + theme.command(s.command()));
      }
    }
    if (!a.corrections().isEmpty()) {
      out.add("");
      String read =
          a.corrections().stream()
              .map(r -> "'" + r.typed() + "' as '" + r.as() + "'")
              .collect(Collectors.joining(", "));
      TextWrap.wrap("Read " + read, width).forEach(l -> out.add(theme.muted(l)));
    }
    return String.join("\n", out) + "\n";
  }

  private void concept(Answer a, Concept c, List<String> out) {
    out.add(theme.heading(c.title()) + theme.muted(glyphs.separator() + c.placement().label()));
    TextWrap.wrap(c.definition(), width).forEach(l -> out.add(theme.emphasis(l)));
    if (a.level().showsBeginner()) {
      out.add("");
      TextWrap.wrap(c.beginner(), width - INDENT.length()).forEach(l -> out.add(INDENT + l));
    }
    if (a.level().showsPractitioner()) {
      out.add("");
      TextWrap.wrap(c.practitioner(), width - INDENT.length()).forEach(l -> out.add(INDENT + l));
    }
  }

  private void placement(Concept c, List<String> out) {
    out.add(theme.heading(c.title()) + theme.muted(glyphs.separator() + c.placement().label()));
    TextWrap.wrap(c.placementNote(), width).forEach(l -> out.add(theme.emphasis(l)));
    out.add("");
    TextWrap.wrap(c.definition(), width - INDENT.length()).forEach(l -> out.add(INDENT + l));
  }

  private void dimension(Dimension d, List<String> out) {
    out.add(theme.heading(d.title()) + theme.muted(glyphs.separator()) + d.question());
    TextWrap.wrap(d.summary(), width).forEach(l -> out.add(theme.emphasis(l)));
    out.add("");
    side(theme.genai(ComparisonText.GENAI), ComparisonText.GENAI, d.genai().summary(), out);
    side(theme.llm(ComparisonText.LLM), ComparisonText.LLM, d.llm().summary(), out);
  }

  private void side(String styled, String label, String text, List<String> out) {
    String plain = INDENT + label + ": ";
    List<String> lines = TextWrap.hanging(plain, text, width);
    out.add(INDENT + styled + ": " + lines.get(0).substring(plain.length()));
    out.addAll(lines.subList(1, lines.size()));
  }

  private void misconception(Dimension d, Misconception m, List<String> out) {
    out.add(theme.heading("A common misconception") + theme.muted(glyphs.separator() + d.title()));
    for (String line : TextWrap.hanging(glyphs.cross() + " ", m.claim(), width - INDENT.length())) {
      out.add(INDENT + theme.wrong(line));
    }
    for (String line :
        TextWrap.hanging(glyphs.tick() + " ", m.correction(), width - INDENT.length())) {
      out.add(INDENT + line);
    }
  }

  /** The commands that show all of what answered. */
  private static List<String> more(Answer a) {
    return switch (a.kind()) {
      case dimension, misconception -> List.of("compare " + a.dimension().orElseThrow().id());
      case comparison ->
          List.of("explain " + a.concepts().get(0).id() + " vs " + a.concepts().get(1).id());
      default -> List.of("explain " + a.concepts().get(0).id());
    };
  }

  private void labelled(String label, String text, List<String> out) {
    String plain = label + ": ";
    List<String> lines = TextWrap.hanging(plain, text, width);
    out.add(theme.heading(label) + ": " + lines.get(0).substring(plain.length()));
    out.addAll(lines.subList(1, lines.size()));
  }
}
