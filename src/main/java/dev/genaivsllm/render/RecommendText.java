package dev.genaivsllm.render;

import dev.genaivsllm.core.Recommendation;
import dev.genaivsllm.model.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code recommend} for people: the families that fit, why, why not the others. */
final class RecommendText {
  private static final String INDENT = "   ";

  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;
  private boolean guided;

  RecommendText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 100);
  }

  String render(Recommendation r) {
    guided = r.request().guided();
    List<String> out = new ArrayList<>();
    String goal =
        r.request().goal().isBlank() ? "your flags" : "\"" + r.request().goal().strip() + "\"";
    out.addAll(
        TextWrap.wrap("Recommendation for " + goal, width).stream().map(theme::heading).toList());
    String understood =
        r.understood().stream()
            .map(u -> (u.negated() ? "not " : "") + u.label() + " (" + quote(u.quoted()) + ")")
            .collect(Collectors.joining(", "));
    labelled("Understood", understood, out);
    if (!r.pipeline().isEmpty()) {
      out.add("");
      out.add(theme.heading("This goal chains several jobs;") + " use one model per step:");
      int n = 1;
      for (Recommendation.Step step : r.pipeline()) {
        wrapped(
            INDENT,
            n++
                + ". \""
                + step.clause()
                + "\" "
                + glyphs.arrow()
                + " "
                + step.family().title()
                + " ("
                + step.family().id()
                + ")",
            out);
      }
    }
    int n = 1;
    for (Recommendation.Ranked ranked : r.recommendations()) {
      out.add("");
      family(n++, ranked, out);
    }
    if (!r.notRecommended().isEmpty()) {
      out.add("");
      out.add(theme.heading("Why not"));
      for (Recommendation.Ranked rejected : r.notRecommended()) {
        out.add(
            INDENT
                + theme.emphasis(rejected.family().title())
                + theme.muted(
                    glyphs.separator()
                        + rejected.family().id()
                        + glyphs.separator()
                        + "score "
                        + rejected.score()));
        for (Recommendation.Reason con : rejected.cons()) {
          bullet("-", said(con.quoted()) + ": " + con.text(), theme::wrong, out);
        }
      }
    }
    if (r.request().explain()) {
      out.add("");
      out.add(theme.heading("How the scores were computed"));
      for (Recommendation.Ranked ranked : r.ranked()) {
        String sum =
            ranked.reasons().isEmpty()
                ? "no signal concerns it"
                : ranked.reasons().stream()
                    .map(x -> String.format(Locale.ROOT, "%+d %s", x.points(), x.signal()))
                    .collect(Collectors.joining(" "));
        wrapped(
            INDENT,
            String.format(Locale.ROOT, "%-18s %3d = %s", ranked.family().id(), ranked.score(), sum),
            out);
      }
    } else if (!r.request().guided()) {
      out.add("");
      out.add(theme.muted("How each score was reached: add --explain"));
    }
    return String.join("\n", out) + "\n";
  }

  private void family(int n, Recommendation.Ranked ranked, List<String> out) {
    Family f = ranked.family();
    out.add(
        theme.heading(n + ". " + f.title())
            + theme.muted(
                glyphs.separator()
                    + f.id()
                    + glyphs.separator()
                    + "score "
                    + ranked.score()
                    + glyphs.separator()
                    + ranked.confidence()
                    + " confidence"));
    wrapped(INDENT, f.summary(), out);
    out.add(INDENT + theme.emphasis("Why"));
    for (Recommendation.Reason reason : ranked.pros()) {
      bullet("+", said(reason.quoted()) + ": " + reason.text(), theme::correct, out);
    }
    List<String> caveats = new ArrayList<>();
    ranked.cons().forEach(c -> caveats.add(said(c.quoted()) + ": " + c.text()));
    f.weaknesses().stream().limit(2).forEach(caveats::add);
    out.add(INDENT + theme.emphasis("Caveats"));
    for (String caveat : caveats) {
      bullet("-", caveat, theme::wrong, out);
    }
    labelled(INDENT + "Examples", String.join(", ", f.examples()), out);
    labelled(INDENT + "Hugging Face tasks", String.join(", ", f.tasks()), out);
    List<String> more = new ArrayList<>();
    f.concepts().stream().limit(2).forEach(c -> more.add("explain " + c));
    more.add("compare applications");
    out.add(
        INDENT
            + theme.muted("Learn more: ")
            + more.stream()
                .map(theme::command)
                .collect(Collectors.joining(theme.muted(glyphs.listSeparator()))));
  }

  /** Wraps plain text under an indent. */
  private void wrapped(String indent, String text, List<String> out) {
    TextWrap.hanging("", text, width - indent.length()).forEach(l -> out.add(indent + l));
  }

  /** A wrapped bullet whose marker alone is coloured. */
  private void bullet(
      String marker,
      String text,
      java.util.function.UnaryOperator<String> style,
      List<String> out) {
    String indent = INDENT + "  ";
    List<String> lines = TextWrap.hanging(marker + " ", text, width - indent.length());
    lines.set(0, style.apply(marker) + lines.get(0).substring(marker.length()));
    lines.forEach(l -> out.add(indent + l));
  }

  private void labelled(String label, String text, List<String> out) {
    String plain = label + ": ";
    List<String> lines = TextWrap.hanging(plain, text, width);
    String bare = label.strip();
    out.add(
        label.substring(0, label.length() - bare.length())
            + theme.heading(bare)
            + ": "
            + lines.get(0).substring(plain.length()));
    out.addAll(lines.subList(1, lines.size()));
  }

  /** The words of the goal in quotes, a flag as typed. */
  private String quote(String quoted) {
    return quoted.startsWith("--") ? said(quoted) : "\"" + quoted + "\"";
  }

  /**
   * What the user said, as a reason quotes it: a flag as typed, except after the guided questions,
   * which never mention flags: there it is the answer ({@code your answer "image"}).
   */
  private String said(String quoted) {
    if (!guided || !quoted.startsWith("--")) {
      return quoted;
    }
    int space = quoted.indexOf(' ');
    return "your answer \""
        + (space < 0 ? quoted.substring(2) : quoted.substring(space + 1))
        + "\"";
  }
}
