package dev.genaivsllm.render;

import dev.genaivsllm.core.TimelineView;
import dev.genaivsllm.model.EventDate;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.TimelineEvent;
import java.util.List;

/**
 * {@code timeline --format markdown}: a Mermaid Gantt chart of milestones in a fenced block, one
 * section per history on one time axis; events that cross over are marked critical, which Mermaid
 * draws in a colour of their own, and carry a diamond.
 */
final class TimelineMermaid {
  private final Glyphs glyphs;

  TimelineMermaid(Glyphs glyphs) {
    this.glyphs = glyphs;
  }

  String render(TimelineView view) {
    StringBuilder md =
        new StringBuilder("## Generative AI and LLMs, year by year\n\n")
            .append(view.since())
            .append(" to ")
            .append(view.until())
            .append(".\n\n```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  axisFormat %Y\n");
    for (Lane lane : Lane.values()) {
      List<TimelineEvent> events = view.events().stream().filter(e -> e.lane() == lane).toList();
      if (events.isEmpty()) {
        continue;
      }
      md.append("  section ").append(lane.title()).append('\n');
      for (TimelineEvent e : events) {
        md.append("  ")
            .append(task(e))
            .append(" :")
            .append(e.crossing().isPresent() ? "crit, " : "")
            .append("milestone, ")
            .append(day(e.date()))
            .append(", 0d\n");
      }
    }
    md.append("```\n");
    List<TimelineEvent> crossing =
        view.events().stream().filter(e -> e.crossing().isPresent()).toList();
    if (!crossing.isEmpty()) {
      md.append("\n" + glyphs.mark() + " crosses over into the other history:\n\n");
      for (TimelineEvent e : crossing) {
        md.append("- ")
            .append(Markdown.escape(e.title()))
            .append(" (")
            .append(e.date())
            .append("): ")
            .append(Markdown.escape(e.crossing().get()))
            .append('\n');
      }
    }
    md.append("\nEach event names a concept: `genai-vs-llm explain <concept>`; ")
        .append("`genai-vs-llm timeline --json` lists its sources.\n");
    return md.toString();
  }

  /** The task's name: Mermaid reads a colon, a hash or a semicolon as syntax, so they go. */
  private String task(TimelineEvent e) {
    String name =
        (e.crossing().isPresent() ? glyphs.mark() + " " : "")
            + e.title()
            + " ("
            + e.concept()
            + ")";
    return name.replace(':', ' ').replace(';', ',').replace('#', ' ');
  }

  /** A day for the chart: the first of the month, or 1 July for a year alone. */
  private static String day(EventDate d) {
    if (d.month() == 0) {
      return d.year() + "-07-01";
    }
    return new EventDate(d.year(), d.month(), d.day() == 0 ? 1 : d.day()).toString();
  }
}
