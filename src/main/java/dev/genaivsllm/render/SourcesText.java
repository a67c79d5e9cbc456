package dev.genaivsllm.render;

import dev.genaivsllm.core.SourceDetail;
import dev.genaivsllm.core.SourceList;
import dev.genaivsllm.model.Source;
import java.util.ArrayList;
import java.util.List;

/** {@code sources} for people: the bibliography, or one entry with where it is cited. */
final class SourcesText {
  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  SourcesText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), 120);
  }

  String render(SourceList list) {
    int keyWidth = list.sources().stream().mapToInt(s -> s.key().length()).max().orElse(0);
    List<String> out = new ArrayList<>();
    for (Source s : list.sources()) {
      String prefix = TextWrap.pad(s.key(), keyWidth) + "  ";
      List<String> lines = TextWrap.hanging(prefix, References.text(s), width);
      lines.set(0, theme.emphasis(s.key()) + lines.get(0).substring(s.key().length()));
      out.addAll(lines);
    }
    return String.join("\n", out) + "\n";
  }

  String render(SourceDetail detail) {
    Source s = detail.source();
    List<String> out = new ArrayList<>();
    out.add(theme.heading(s.key()) + theme.muted(glyphs.separator() + s.shortCite()));
    field("Title", s.title(), out);
    field("Authors", String.join("; ", s.authors()) + (s.etal() ? "; et al." : ""), out);
    field("Year", String.valueOf(s.year()), out);
    s.venue().ifPresent(v -> field("Venue", v, out));
    s.arxiv().ifPresent(a -> field("arXiv", a, out));
    s.doi().ifPresent(d -> field("DOI", d, out));
    s.url().ifPresent(u -> field("URL", u, out));
    References.link(s)
        .filter(l -> !s.url().orElse("").equals(l))
        .ifPresent(l -> field("Read", l, out));
    if (!s.unverified().isEmpty()) {
      field("Unverified", String.join(", ", s.unverified()), out);
    }
    s.note().ifPresent(n -> field("Note", n, out));
    out.add("");
    if (detail.citedBy().isEmpty()) {
      out.add(theme.heading("Cited by") + ": nothing in this pack yet");
    } else {
      out.add(theme.heading("Cited by"));
      int commandWidth =
          detail.citedBy().stream().mapToInt(c -> c.command().length()).max().orElse(0);
      for (SourceDetail.Citation c : detail.citedBy()) {
        String text =
            c.kind().equals("dimension")
                ? c.title() + ": " + String.join(", ", c.places())
                : c.title();
        String prefix = "  " + TextWrap.pad(c.command(), commandWidth) + "  ";
        List<String> lines = TextWrap.hanging(prefix, text, width);
        lines.set(
            0,
            "  " + theme.command(c.command()) + lines.get(0).substring(2 + c.command().length()));
        out.addAll(lines);
      }
    }
    return String.join("\n", out) + "\n";
  }

  private void field(String label, String value, List<String> out) {
    String prefix = "  " + TextWrap.pad(label, 10) + " ";
    List<String> lines = TextWrap.hanging(prefix, value, width);
    lines.set(0, "  " + theme.muted(TextWrap.pad(label, 10)) + lines.get(0).substring(12));
    out.addAll(lines);
  }
}
