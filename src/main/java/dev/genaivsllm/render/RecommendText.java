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
    String job = job(r.understood());
    if (!job.isEmpty()) {
      labelled("The job", job, out);
    }
    if (r.closeCall()) {
      out.add("");
      out.addAll(
          Styled.wrap(
              width,
              Styled.part("A close call:", theme::heading),
              Styled.plain(
                  " "
                      + r.recommendations().get(0).family().title()
                      + " and "
                      + r.recommendations().get(1).family().title()
                      + " both fit; their reasons below say how they differ.")));
    }
    if (!r.pipeline().isEmpty()) {
      out.add("");
      out.addAll(
          Styled.wrap(
              width,
              Styled.part("This goal chains several jobs;", theme::heading),
              Styled.plain(" use one model per step:")));
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
      heading("Why not", out);
      for (Recommendation.Ranked rejected : r.notRecommended()) {
        out.addAll(
            Styled.hanging(
                INDENT,
                width,
                Styled.part(rejected.family().title(), theme::emphasis),
                Styled.part(
                    glyphs.separator()
                        + rejected.family().id()
                        + glyphs.separator()
                        + "score "
                        + rejected.score(),
                    theme::muted)));
        for (Recommendation.Reason con : rejected.cons()) {
          bullet("-", said(con.quoted()) + ": " + con.text(), theme::wrong, out);
        }
      }
    }
    if (r.request().explain()) {
      out.add("");
      heading("How the scores were computed", out);
      for (Recommendation.Ranked ranked : r.ranked()) {
        String sum =
            ranked.reasons().isEmpty()
                ? "no signal concerns it"
                : ranked.reasons().stream()
                    .map(x -> String.format(Locale.ROOT, "%+d %s", x.points(), x.signal()))
                    .collect(Collectors.joining(" "));
        String prefix =
            String.format(Locale.ROOT, "%-18s %3d = ", ranked.family().id(), ranked.score());
        TextWrap.columns(prefix, sum, width - INDENT.length()).forEach(l -> out.add(INDENT + l));
      }
    } else if (!r.request().guided()) {
      out.add("");
      TextWrap.wrap("How each score was reached: add --explain", width)
          .forEach(l -> out.add(theme.muted(l)));
    }
    return String.join("\n", out) + "\n";
  }

  /** "text in, labels out": what goes in and what must come out, stated or implied. */
  private String job(List<Recommendation.Understood> understood) {
    List<String> in = kinds(understood, "input");
    List<String> out = kinds(understood, "output");
    if (out.isEmpty()) {
      out = kinds(understood, "implied");
    }
    List<String> parts = new ArrayList<>();
    if (!in.isEmpty()) {
      parts.add(String.join(" and ", in) + " in");
    }
    if (!out.isEmpty()) {
      parts.add(String.join(" and ", out) + " out");
    }
    return String.join(", ", parts);
  }

  private static List<String> kinds(List<Recommendation.Understood> understood, String kind) {
    return understood.stream()
        .filter(u -> u.kind().equals(kind) && !u.negated())
        .map(u -> dev.genaivsllm.model.Modality.valueOf(u.id()).plural())
        .distinct()
        .toList();
  }

  private void family(int n, Recommendation.Ranked ranked, List<String> out) {
    Family f = ranked.family();
    out.addAll(
        Styled.wrap(
            width,
            Styled.part(n + ". " + f.title(), theme::heading),
            Styled.part(
                glyphs.separator()
                    + f.id()
                    + glyphs.separator()
                    + "score "
                    + ranked.score()
                    + glyphs.separator()
                    + ranked.confidence()
                    + " confidence",
                theme::muted)));
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
    List<Styled.Part> parts = new ArrayList<>();
    parts.add(Styled.part("Learn more:", theme::muted));
    for (int i = 0; i < more.size(); i++) {
      if (i > 0) {
        parts.add(Styled.part(glyphs.listSeparator(), theme::muted));
      }
      parts.add(Styled.part(" " + more.get(i), theme::command));
    }
    out.addAll(Styled.hanging(INDENT, width, parts.toArray(Styled.Part[]::new)));
  }

  private void heading(String text, List<String> out) {
    TextWrap.wrap(text, width).forEach(l -> out.add(theme.heading(l)));
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
    List<String> lines = TextWrap.columns(label + ": ", text, width);
    out.add(Styled.start(lines.get(0), label, theme::heading));
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
