package dev.genaivsllm.render;

import dev.genaivsllm.core.FieldMapView;
import dev.genaivsllm.layout.Drawing;
import dev.genaivsllm.layout.MapLayout;
import dev.genaivsllm.layout.Metrics;
import dev.genaivsllm.layout.Wrap;
import dev.genaivsllm.model.Concept;
import dev.genaivsllm.model.MapMember;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code map --format svg}: the same layout as the terminal's, in pixels, with translucent boxes so
 * that overlaps show as a mix of both colours. Labels are real text, each with the concept's title
 * and definition as a tooltip; what the marks mean and the sources follow the picture.
 */
final class MapSvg {
  static final int WIDTH = 960;
  private static final int MARGIN = 24;
  private static final String TITLE = "Where generative AI and LLMs sit";

  String render(FieldMapView view) {
    return render(view, WIDTH, "map", true);
  }

  /**
   * @param id prefix of the ids inside, unique in the page the picture goes in
   * @param standalone whether the picture carries its own style sheet, title and sources; a page
   *     that holds it has its own heading and carries the styles and the sources once for all
   */
  String render(FieldMapView view, int width, String id, boolean standalone) {
    Metrics m = Svg.metrics();
    int inner = width - 2 * MARGIN;
    Drawing d =
        MapLayout.draw(MapTree.of(view.map()), inner, m)
            .orElseThrow(() -> new IllegalStateException("the map does not fit " + inner + " px"));
    StringBuilder body = new StringBuilder();
    int y = MARGIN - 8;
    if (standalone) {
      y = MARGIN + 20;
      body.append(Svg.text(MARGIN, y, "title", TITLE));
      for (String line : Wrap.lines(view.pack().description(), inner, s -> Svg.textWidth(s, 13))) {
        y += 20;
        body.append(Svg.text(MARGIN, y, "sub", line));
      }
    }
    int top = y + 18;
    drawing(d, view, MARGIN, top, body);
    y = top + d.height() + 30;
    List<MapMember> crossing =
        view.map().members().stream().filter(mm -> mm.crossing().isPresent()).toList();
    if (!crossing.isEmpty()) {
      body.append(Svg.diamond(MARGIN + 5, y - 4, 5, "mark-both"));
      body.append(Svg.text(MARGIN + 16, y, "region", "crosses the line"));
      int column = crossing.stream().mapToInt(mm -> Svg.labelWidth(mm.id())).max().orElse(0) + 24;
      for (MapMember mm : crossing) {
        y += 20;
        body.append(label(view.concept(mm.id()), MARGIN + 16, y, mm.id()));
        List<String> lines = Wrap.lines(mm.crossing().get(), inner - 16 - column, Svg::textWidth);
        for (int i = 0; i < lines.size(); i++) {
          body.append(Svg.text(MARGIN + 16 + column, y + i * 16, "note", lines.get(i)));
        }
        y += (lines.size() - 1) * 16;
      }
      y += 26;
    }
    body.append(
        Svg.text(MARGIN, y, "note", "Every label is a concept: genai-vs-llm explain <label>"));
    if (standalone) {
      y = Svg.sources(view.sources(), s -> s.key() + ":", MARGIN, y + 22, inner, body);
    }
    int height = y + MARGIN - 10;
    return Svg.open(id, width, height, TITLE, description(view), standalone)
        .append(body)
        .append("</svg>\n")
        .toString();
  }

  private static void drawing(Drawing d, FieldMapView view, int ox, int oy, StringBuilder svg) {
    for (Drawing.Box b : d.boxes()) {
      String side = view.concept(b.id()).placement().name();
      svg.append("<rect class=\"box-")
          .append(side)
          .append("\" x=\"")
          .append(ox + b.x())
          .append("\" y=\"")
          .append(oy + b.y())
          .append("\" width=\"")
          .append(b.w())
          .append("\" height=\"")
          .append(b.h())
          .append("\" rx=\"10\" stroke-width=\"1.5\"/>\n");
    }
    for (Drawing.Box b : d.boxes()) {
      Concept c = view.concept(b.id());
      svg.append(tooltip(c))
          .append(
              Svg.text(
                  ox + b.x() + 12, oy + b.y() + 20, "id region " + c.placement().name(), b.id()))
          .append("</g>\n");
    }
    for (Drawing.Band band : d.bands()) {
      Concept c = view.concept(band.id());
      svg.append("<rect class=\"band\" x=\"")
          .append(ox + band.x())
          .append("\" y=\"")
          .append(oy + band.y())
          .append("\" width=\"")
          .append(band.w())
          .append("\" height=\"")
          .append(band.h())
          .append("\" rx=\"8\"/>\n");
      int x = ox + band.x() + 12;
      if (band.marked()) {
        svg.append(Svg.diamond(x + 5, oy + band.y() + 16, 5, "mark-" + c.placement().name()));
        x += 16;
      }
      svg.append(label(c, x, oy + band.y() + 20, band.id()));
      for (int i = 0; i < band.note().size(); i++) {
        svg.append(
            Svg.text(ox + band.x() + 12, oy + band.y() + 38 + i * 18, "note", band.note().get(i)));
      }
    }
    for (Drawing.Text t : d.texts()) {
      int x = ox + t.x();
      int baseline = oy + t.y() + 14;
      switch (t.kind()) {
        case LABEL, LABEL_CONTINUED -> {
          Concept c = view.concept(t.id());
          if (t.marked()) {
            svg.append(Svg.diamond(x + 5, baseline - 4, 5, "mark-" + c.placement().name()));
            x += 16;
          }
          svg.append(label(c, x, baseline, t.text()));
        }
        case NOTE, REGION_NOTE -> svg.append(Svg.text(x, baseline, "note", t.text()));
      }
    }
  }

  /** A concept id in its side's colour, with the concept's title and definition on hover. */
  private static String label(Concept c, int x, int y, String text) {
    return tooltip(c) + Svg.text(x, y, "id " + c.placement().name(), text) + "</g>\n";
  }

  private static String tooltip(Concept c) {
    return "<g><title>" + Svg.escape(c.title() + ": " + c.definition()) + "</title>";
  }

  private static String description(FieldMapView view) {
    List<String> parts = new ArrayList<>();
    for (var r : view.map().regions()) {
      parts.add(
          r.id()
              + (r.in().isEmpty() ? "" : " inside " + String.join(" and ", r.in()))
              + r.overlaps().map(o -> ", overlapping " + o).orElse(""));
    }
    for (var mm : view.map().members()) {
      parts.add(
          mm.id()
              + (mm.backbone()
                  ? " under " + String.join(" and ", mm.under())
                  : " in " + String.join(" and ", mm.in())));
    }
    return "Regions and labels of the map: " + String.join("; ", parts) + ".";
  }
}
