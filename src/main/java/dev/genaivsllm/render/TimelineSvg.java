package dev.genaivsllm.render;

import dev.genaivsllm.core.TimelineView;
import dev.genaivsllm.layout.LaneLayout;
import dev.genaivsllm.layout.Wrap;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code timeline --format svg}: the terminal's two lanes in pixels, years down the left, each
 * event a dot with its month, title, concept id and source numbers; an event that crosses over into
 * the other history is a diamond with a dashed line reaching into the other lane.
 */
final class TimelineSvg {
  static final int WIDTH = 960;
  private static final int MARGIN = 24;
  private static final int GUTTER = 64;
  private static final int LINE = 16;
  private static final String TITLE = "Generative AI and LLMs, year by year";

  String render(TimelineView view) {
    return render(view, WIDTH, "timeline", true);
  }

  String render(TimelineView view, int width, String id, boolean styled) {
    Citations citations = new Citations(view.sources().stream().map(Source::key).toList());
    int inner = width - 2 * MARGIN;
    int laneWidth = (inner - GUTTER - 16) / 2;
    int[] laneX = {MARGIN + GUTTER, MARGIN + GUTTER + laneWidth + 16};
    StringBuilder body = new StringBuilder();
    body.append(Svg.text(MARGIN, MARGIN + 20, "title", TITLE));
    body.append(
        Svg.text(
            MARGIN,
            MARGIN + 40,
            "sub",
            view.since() + " to " + view.until() + ": two histories on one time axis"));
    int top = MARGIN + 70;
    body.append(Svg.text(laneX[0] + 8, top, "region genai", Lane.genai.title()));
    body.append(Svg.text(laneX[1] + 8, top, "region llm", Lane.llm.title()));
    top += 12;
    List<List<String>> titles = new ArrayList<>();
    List<LaneLayout.Entry> entries = new ArrayList<>();
    for (TimelineEvent e : view.events()) {
      String month = e.date().monthName().isEmpty() ? "" : e.date().monthName() + "  ";
      List<String> lines = Wrap.lines(month + e.title(), laneWidth - 36, Svg::textWidth);
      titles.add(lines);
      entries.add(
          new LaneLayout.Entry(e.date().year(), e.lane().ordinal(), (lines.size() + 1) * LINE + 4));
    }
    LaneLayout.Placed placed = LaneLayout.layout(view.since(), view.until(), entries, 22, 8);
    int height = placed.height() + 8;
    for (int lane = 0; lane < 2; lane++) {
      body.append("<rect class=\"lane-")
          .append(Lane.values()[lane].name())
          .append("\" x=\"")
          .append(laneX[lane])
          .append("\" y=\"")
          .append(top)
          .append("\" width=\"")
          .append(laneWidth)
          .append("\" height=\"")
          .append(height)
          .append("\" rx=\"8\"/>\n");
    }
    int axis = MARGIN + GUTTER - 12;
    body.append(line("axis", axis, top, axis, top + height));
    for (int year = view.since(); year <= view.until(); year++) {
      int y = top + 4 + placed.yearY()[year - view.since()];
      body.append(line("grid", axis, y, laneX[1] + laneWidth, y));
      body.append(
          "<text x=\""
              + (axis - 8)
              + "\" y=\""
              + (y + 14)
              + "\" text-anchor=\"end\" class=\"region\">"
              + year
              + "</text>\n");
    }
    for (int i = 0; i < view.events().size(); i++) {
      TimelineEvent e = view.events().get(i);
      int lane = e.lane().ordinal();
      int x = laneX[lane];
      int y = top + 4 + placed.entryY()[i];
      String side = e.lane().name();
      body.append("<g><title>")
          .append(
              Svg.escape(
                  e.date()
                      + Glyphs.UNICODE.separator()
                      + e.title()
                      + Glyphs.UNICODE.separator()
                      + String.join(", ", e.sources())))
          .append("</title>\n");
      if (e.crossing().isPresent()) {
        // A short dashed link to a diamond in the gap between the lanes, at the event's row:
        // it points at the other history without crossing any text or the other lane's dots.
        int gap = laneX[1] - 8;
        int from = lane == 0 ? laneX[0] + laneWidth - 2 : x + 4;
        body.append(line("link", from, y + 11, gap, y + 11));
        body.append(Svg.diamond(gap, y + 11, 4, "mark-" + side));
        body.append(Svg.diamond(x + 12, y + 11, 6, "mark-" + side));
      } else {
        body.append("<circle class=\"mark-")
            .append(side)
            .append("\" cx=\"")
            .append(x + 12)
            .append("\" cy=\"")
            .append(y + 11)
            .append("\" r=\"4.5\"/>\n");
      }
      List<String> lines = titles.get(i);
      for (int j = 0; j < lines.size(); j++) {
        body.append(Svg.text(x + 24, y + 15 + j * LINE, j == 0 ? "both" : "both", lines.get(j)));
      }
      body.append(
          Svg.text(
              x + 24,
              y + 15 + lines.size() * LINE,
              "small",
              e.concept() + "  " + citations.marker(e.sources())));
      body.append("</g>\n");
    }
    int y = top + height + 30;
    List<TimelineEvent> crossing =
        view.events().stream().filter(e -> e.crossing().isPresent()).toList();
    if (!crossing.isEmpty()) {
      body.append(Svg.diamond(MARGIN + 5, y - 4, 5, "mark-both"));
      body.append(Svg.text(MARGIN + 16, y, "region", "crosses over into the other history"));
      for (TimelineEvent e : crossing) {
        for (String l :
            Wrap.lines(
                e.title() + " (" + e.date().year() + "): " + e.crossing().get(),
                inner - 16,
                Svg::textWidth)) {
          y += 16;
          body.append(Svg.text(MARGIN + 16, y, "note", l));
        }
      }
      y += 26;
    }
    body.append(
        Svg.text(MARGIN, y, "note", "Each event names a concept: genai-vs-llm explain <concept>"));
    y =
        Svg.sources(
            view.sources(), s -> citations.marker(List.of(s.key())), MARGIN, y + 22, inner, body);
    return Svg.open(id, width, y + MARGIN - 10, TITLE, description(view), styled)
        .append(body)
        .append("</svg>\n")
        .toString();
  }

  private static String line(String cls, int x1, int y1, int x2, int y2) {
    return "<line class=\""
        + cls
        + "\" x1=\""
        + x1
        + "\" y1=\""
        + y1
        + "\" x2=\""
        + x2
        + "\" y2=\""
        + y2
        + "\"/>\n";
  }

  private static String description(TimelineView view) {
    List<String> parts = new ArrayList<>();
    for (TimelineEvent e : view.events()) {
      parts.add(e.date() + " " + e.lane().title() + ": " + e.title());
    }
    return "Events from "
        + view.since()
        + " to "
        + view.until()
        + ": "
        + String.join("; ", parts)
        + ".";
  }
}
