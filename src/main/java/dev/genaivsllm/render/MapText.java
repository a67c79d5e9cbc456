package dev.genaivsllm.render;

import dev.genaivsllm.core.FieldMapView;
import dev.genaivsllm.layout.Drawing;
import dev.genaivsllm.layout.MapLayout;
import dev.genaivsllm.layout.Metrics;
import dev.genaivsllm.layout.Region;
import dev.genaivsllm.layout.Wrap;
import dev.genaivsllm.model.MapMember;
import dev.genaivsllm.model.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code map} for people: the regions as boxes whose edges cross where they overlap, coloured by
 * the side each concept sits on, then what the marks mean. Too narrow for boxes, it becomes an
 * indented outline; nothing is ever cut.
 */
final class MapText {
  private static final int MAX_WIDTH = 120;

  private final Glyphs glyphs;
  private final int width;
  private final UnaryOperator<String> genai;
  private final UnaryOperator<String> llm;
  private final UnaryOperator<String> both;
  private final UnaryOperator<String> muted;

  MapText(RenderContext ctx) {
    Theme theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), MAX_WIDTH);
    this.genai = theme::genai;
    this.llm = theme::llm;
    this.both = theme::emphasis;
    this.muted = theme::muted;
  }

  String render(FieldMapView view) {
    List<Region> roots = MapTree.of(view.map());
    List<String> out = new ArrayList<>();
    MapLayout.draw(roots, width, Metrics.cells())
        .ifPresentOrElse(d -> out.addAll(draw(d, view)), () -> outline(roots, view, out));
    legend(view, out);
    return String.join("\n", out) + "\n";
  }

  private List<String> draw(Drawing d, FieldMapView view) {
    TextCanvas canvas = new TextCanvas(d.width(), d.height());
    for (Drawing.Box b : d.boxes()) {
      canvas.box(b.x(), b.y(), b.w(), b.h(), edge(view, b.id()));
    }
    for (Drawing.Box b : d.boxes()) {
      canvas.text(b.x() + 3, b.y(), b.id(), side(view, b.id()));
      canvas.text(b.x() + 2, b.y(), " ", UnaryOperator.identity());
      canvas.text(b.x() + 3 + b.id().length(), b.y(), " ", UnaryOperator.identity());
    }
    for (Drawing.Band band : d.bands()) {
      UnaryOperator<String> style = side(view, band.id());
      canvas.text(band.x(), band.y(), glyphs.heavyRule().repeat(band.w()), style);
      String label = (band.marked() ? glyphs.mark() + " " : "") + band.id();
      canvas.text(band.x() + 2, band.y(), " " + label + " ", style);
      for (int i = 0; i < band.note().size(); i++) {
        canvas.text(band.x() + 3, band.y() + 1 + i, band.note().get(i), muted);
      }
    }
    for (Drawing.Text t : d.texts()) {
      switch (t.kind()) {
        case LABEL, LABEL_CONTINUED -> {
          int x = t.x();
          if (t.marked()) {
            canvas.text(x, t.y(), glyphs.mark(), side(view, t.id()));
            x += 2;
          }
          canvas.text(x, t.y(), t.text(), side(view, t.id()));
        }
        case NOTE, REGION_NOTE -> canvas.text(t.x(), t.y(), t.text(), muted);
      }
    }
    return canvas.rows(glyphs);
  }

  /** For widths no box fits in: one line per region and label, indented by depth. */
  private void outline(List<Region> roots, FieldMapView view, List<String> out) {
    for (Region r : roots) {
      outline(r.id(), r.zone(), 0, view, out);
    }
  }

  private void outline(
      String id, dev.genaivsllm.layout.Zone zone, int depth, FieldMapView view, List<String> out) {
    String indent = " ".repeat(depth);
    if (!id.isEmpty()) {
      out.add(indent + side(view, id).apply(id));
    }
    String inner = id.isEmpty() ? indent : indent + " ";
    if (!zone.note().isEmpty()) {
      lines(inner, zone.note(), muted, out);
    }
    for (var l : zone.labels()) {
      out.add(inner + side(view, l.id()).apply((l.marked() ? glyphs.mark() + " " : "") + l.id()));
      if (!l.note().isEmpty()) {
        lines(inner + "  ", l.note(), muted, out);
      }
    }
    for (Region r : zone.regions()) {
      outline(r.id(), r.zone(), depth + 1, view, out);
    }
    zone.pair()
        .ifPresent(
            p -> {
              outline(p.first().id(), p.first().zone(), depth + 1, view, out);
              lines(
                  inner + " ",
                  "in both " + p.first().id() + " and " + p.second().id() + ":",
                  muted,
                  out);
              outline("", p.both(), depth + 2, view, out);
              outline(p.second().id(), p.second().zone(), depth + 1, view, out);
            });
    for (var b : zone.bands()) {
      out.add(inner + side(view, b.id()).apply((b.marked() ? glyphs.mark() + " " : "") + b.id()));
      zone.pair()
          .ifPresent(
              p ->
                  lines(
                      inner + "  ",
                      "under " + p.first().id() + " and " + p.second().id(),
                      muted,
                      out));
    }
  }

  private void lines(String indent, String text, UnaryOperator<String> style, List<String> out) {
    for (String line : Wrap.lines(text, width - TextWrap.width(indent), TextWrap::width)) {
      out.add(indent + style.apply(line));
    }
  }

  private void legend(FieldMapView view, List<String> out) {
    List<MapMember> crossing =
        view.map().members().stream().filter(m -> m.crossing().isPresent()).toList();
    out.add("");
    if (!crossing.isEmpty()) {
      out.add(glyphs.mark() + " crosses the line:");
      int column = crossing.stream().mapToInt(m -> m.id().length()).max().orElse(0) + 4;
      for (MapMember m : crossing) {
        String prefix = "  " + m.id() + " ".repeat(column - 2 - m.id().length());
        List<String> lines =
            width - column >= 20
                ? Wrap.lines(m.crossing().get(), width - column, TextWrap::width)
                : null;
        if (lines == null) {
          out.add("  " + side(view, m.id()).apply(m.id()));
          lines("    ", m.crossing().get(), UnaryOperator.identity(), out);
          continue;
        }
        for (int i = 0; i < lines.size(); i++) {
          out.add(
              (i == 0
                      ? "  "
                          + side(view, m.id()).apply(m.id())
                          + prefix.substring(2 + m.id().length())
                      : " ".repeat(column))
                  + lines.get(i));
        }
      }
    }
    lines("", "Every label is a concept: genai-vs-llm explain <label>", muted, out);
  }

  private UnaryOperator<String> side(FieldMapView view, String id) {
    Placement side = view.concept(id).placement();
    return switch (side) {
      case genai -> genai;
      case llm -> llm;
      case both -> both;
    };
  }

  private UnaryOperator<String> edge(FieldMapView view, String id) {
    Placement side = view.concept(id).placement();
    return side == Placement.both ? muted : side(view, id);
  }
}
