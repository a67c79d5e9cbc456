package dev.genaivsllm.render;

import dev.genaivsllm.core.TimelineView;
import dev.genaivsllm.layout.LaneLayout;
import dev.genaivsllm.layout.Wrap;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code timeline} for people: years down the left, generative AI and LLMs in two lanes beside each
 * other, each event with its month, its concept id and its sources; events that cross over into the
 * other history carry a mark. Below {@link #NARROW} columns the lanes become one list.
 */
final class TimelineText {
  private static final int NARROW = 64;
  private static final int MAX_WIDTH = 120;
  private static final int GUTTER = 6;

  private final Theme theme;
  private final Glyphs glyphs;
  private final int width;

  TimelineText(RenderContext ctx) {
    this.theme = ctx.theme();
    this.glyphs = ctx.glyphs();
    this.width = Math.min(ctx.width(), MAX_WIDTH);
  }

  String render(TimelineView view) {
    Citations citations = new Citations(view.sources().stream().map(Source::key).toList());
    List<String> out = new ArrayList<>();
    if (width < NARROW) {
      list(view, citations, out);
    } else {
      lanes(view, citations, out);
    }
    legend(view, citations, out);
    return String.join("\n", out) + "\n";
  }

  /**
   * A prefix (a dot, a lane) with the text wrapped after it and lined up under it. Unlike {@link
   * TextWrap#hanging}, a word longer than the line is never split: it sticks out instead.
   */
  private static List<String> hanging(String prefix, String text, int width) {
    String indent = " ".repeat(TextWrap.width(prefix));
    List<String> body = Wrap.lines(text, width - TextWrap.width(prefix), TextWrap::width);
    List<String> lines = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      lines.add((i == 0 ? prefix : indent) + body.get(i));
    }
    return lines;
  }

  private String event(TimelineEvent e, Citations citations) {
    String month = e.date().monthName().isEmpty() ? "" : e.date().monthName() + " ";
    return month
        + e.title()
        + glyphs.separator()
        + e.concept()
        + " "
        + citations.marker(e.sources());
  }

  private String dot(TimelineEvent e) {
    return e.crossing().isPresent() ? glyphs.mark() : glyphs.dot();
  }

  private UnaryOperator<String> style(Lane lane) {
    return lane == Lane.genai ? theme::genai : theme::llm;
  }

  private void lanes(TimelineView view, Citations citations, List<String> out) {
    int lane = (width - GUTTER - 3) / 2;
    String bar = " " + theme.muted(glyphs.vertical()) + " ";
    List<List<String>> blocks = new ArrayList<>();
    List<LaneLayout.Entry> entries = new ArrayList<>();
    for (TimelineEvent e : view.events()) {
      List<String> lines = hanging(dot(e) + " ", event(e, citations), lane);
      blocks.add(lines);
      entries.add(new LaneLayout.Entry(e.date().year(), e.lane().ordinal(), lines.size()));
    }
    LaneLayout.Placed placed = LaneLayout.layout(view.since(), view.until(), entries, 1, 0);
    String[][] cells = new String[placed.height()][2];
    for (int i = 0; i < blocks.size(); i++) {
      TimelineEvent e = view.events().get(i);
      List<String> lines = blocks.get(i);
      for (int j = 0; j < lines.size(); j++) {
        String line = TextWrap.pad(lines.get(j), e.lane() == Lane.genai ? lane : 0);
        cells[placed.entryY()[i] + j][e.lane().ordinal()] =
            j == 0
                ? style(e.lane()).apply(dot(e)) + theme.markers(line.substring(1))
                : theme.markers(line);
      }
    }
    out.add(
        " ".repeat(GUTTER)
            + theme.genai(TextWrap.pad(Lane.genai.title(), lane))
            + bar
            + theme.llm(Lane.llm.title()));
    for (int row = 0; row < placed.height(); row++) {
      String year = "";
      for (int y = view.since(); y <= view.until(); y++) {
        if (placed.yearY()[y - view.since()] == row) {
          year = String.valueOf(y);
        }
      }
      String left = cells[row][0] == null ? " ".repeat(lane) : cells[row][0];
      String right = cells[row][1] == null ? "" : cells[row][1];
      String line =
          (year.isEmpty() ? " ".repeat(GUTTER) : theme.heading(TextWrap.pad(year, GUTTER)))
              + left
              + bar
              + right;
      out.add(right.isEmpty() ? line.stripTrailing() : line);
    }
  }

  private void list(TimelineView view, Citations citations, List<String> out) {
    int year = Integer.MIN_VALUE;
    for (TimelineEvent e : view.events()) {
      if (e.date().year() != year) {
        year = e.date().year();
        out.add(theme.heading(String.valueOf(year)));
      }
      String lane = e.lane() == Lane.genai ? "GenAI" : "LLM";
      List<String> lines = hanging(dot(e) + " " + lane + " ", event(e, citations), width - 2);
      for (int j = 0; j < lines.size(); j++) {
        String line = lines.get(j);
        out.add(
            "  "
                + (j == 0
                    ? style(e.lane()).apply(dot(e) + " " + lane)
                        + theme.markers(line.substring(dot(e).length() + 1 + lane.length()))
                    : theme.markers(line)));
      }
    }
    if (view.events().isEmpty()) {
      out.add(theme.muted("No events from " + view.since() + " to " + view.until() + "."));
    }
  }

  private void legend(TimelineView view, Citations citations, List<String> out) {
    List<TimelineEvent> crossing =
        view.events().stream().filter(e -> e.crossing().isPresent()).toList();
    if (!crossing.isEmpty()) {
      out.add("");
      out.add(theme.heading(glyphs.mark() + " crosses over into the other history"));
      for (TimelineEvent e : crossing) {
        for (String line :
            hanging("  ", e.title() + " (" + e.date().year() + "): " + e.crossing().get(), width)) {
          out.add(line);
        }
      }
    }
    if (!view.sources().isEmpty()) {
      out.add("");
      out.add(theme.heading("Sources"));
      for (Source s : view.sources()) {
        for (String line :
            hanging(
                citations.marker(List.of(s.key())) + " ", References.cite(s, glyphs), width - 2)) {
          out.add("  " + theme.markers(line));
        }
      }
    }
    out.add("");
    for (String line :
        Wrap.lines(
            "Each event names a concept: genai-vs-llm explain <concept>", width, TextWrap::width)) {
      out.add(theme.muted(line));
    }
  }
}
