package dev.genaivsllm.content;

import dev.genaivsllm.model.Dimension;
import dev.genaivsllm.model.EventDate;
import dev.genaivsllm.model.Side;
import dev.genaivsllm.model.Statement;
import dev.genaivsllm.model.Timeline;
import dev.genaivsllm.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lint}'s check of the timeline against the rest of the pack (GVL021), which no one file can
 * make: an event must not lie after the pack's review, and must agree with the dated points of the
 * dimension the timeline names. (That an event agrees with its own first source is checked where it
 * is read, by {@link TimelineMapper}.)
 */
final class EventDates {
  private final ContentRepository repo;
  private final Findings findings;

  EventDates(ContentRepository repo, Findings findings) {
    this.repo = repo;
    this.findings = findings;
  }

  /**
   * No event lies after the date the pack was reviewed, and none contradicts the dimension the
   * timeline names: when that dimension's dated points ("2017 — ...", "2013–2014 — ...") cite the
   * source that dates an event, one of them must cover the event's year.
   */
  void check(Timeline timeline, List<Dimension> dimensions) {
    LocalDate reviewed = repo.pack().reviewed();
    Map<String, List<int[]>> spans = new HashMap<>();
    timeline
        .dimension()
        .flatMap(id -> dimensions.stream().filter(d -> d.id().equals(id)).findFirst())
        .ifPresent(d -> datedPoints(d, spans));
    for (TimelineEvent e : timeline.events()) {
      EventDate date = e.date();
      LocalDate earliest =
          LocalDate.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
      if (earliest.isAfter(reviewed)) {
        eventProblem(e, "dated " + date + ", after the pack was last reviewed (" + reviewed + ")");
      }
      List<int[]> dated = e.sources().isEmpty() ? null : spans.get(e.sources().get(0));
      if (dated != null
          && dated.stream().noneMatch(s -> s[0] <= date.year() && date.year() <= s[1])) {
        eventProblem(
            e,
            "dated "
                + date.year()
                + ", but dimension "
                + timeline.dimension().orElseThrow()
                + " cites "
                + e.sources().get(0)
                + " only under "
                + dated.stream()
                    .map(s -> s[0] == s[1] ? "" + s[0] : s[0] + "–" + s[1])
                    .distinct()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse(""));
      }
    }
  }

  private static final java.util.regex.Pattern DATED =
      java.util.regex.Pattern.compile("^(\\d{4})(?:\\s*[–-]\\s*(\\d{4}))?\\b");

  /** The year span of each point that starts with one, by the keys it cites. */
  private static void datedPoints(Dimension d, Map<String, List<int[]>> spans) {
    for (Side side : List.of(d.genai(), d.llm())) {
      for (Statement p : side.points()) {
        var m = DATED.matcher(p.text());
        if (m.find()) {
          int from = Integer.parseInt(m.group(1));
          int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
          p.sources()
              .forEach(
                  k -> spans.computeIfAbsent(k, x -> new ArrayList<>()).add(new int[] {from, to}));
        }
      }
    }
  }

  private void eventProblem(TimelineEvent e, String message) {
    findings.inLayeredFile(
        ContentRepository.TIMELINE,
        "id: " + e.id(),
        Rule.EVENT_DATE,
        "event " + e.id() + " " + message);
  }
}
