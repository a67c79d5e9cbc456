package dev.genaivsllm.content;

import dev.genaivsllm.model.Bibliography;
import dev.genaivsllm.model.EventDate;
import dev.genaivsllm.model.Lane;
import dev.genaivsllm.model.Source;
import dev.genaivsllm.model.TimelineEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps one pack's {@code timeline.yaml}: dated events in the two histories. An event is dated by
 * its first source, so the date is checked against that source here, where the line is known: the
 * year must be the source's year, and a paper's arXiv id fixes the month (or the month before,
 * since a paper sent in at the end of a month is numbered in the next).
 */
final class TimelineMapper {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private TimelineMapper() {}

  /** What one file says. */
  record Parsed(Optional<String> dimension, List<MapMapper.Entry<TimelineEvent>> events) {}

  static Parsed map(
      String file,
      Node node,
      Bibliography bibliography,
      Collection<String> conceptIds,
      Collection<String> dimensionIds,
      Problems problems) {
    YamlMap map =
        YamlMap.of(file, "", node, problems).allowOnly(Set.of("dimension", "events", "reviewed"));
    map.date("reviewed");
    Optional<String> dimension = Optional.empty();
    if (map.has("dimension")) {
      String id = map.id("dimension");
      if (!dimensionIds.contains(id)) {
        map.report("dimension", Rule.UNKNOWN_REFERENCE, "unknown dimension '" + id + "'");
      }
      dimension = Optional.of(id);
    }
    Set<String> seen = new HashSet<>();
    List<MapMapper.Entry<TimelineEvent>> events = new ArrayList<>();
    for (YamlMap e : map.maps("events", 0, 500)) {
      e.allowOnly(Set.of("id", "date", "lane", "concept", "title", "crossing", "sources"));
      String id = e.id("id");
      if (!id.isEmpty() && !seen.add(id)) {
        e.report("id", Rule.DUPLICATE_ID, "event id '" + id + "' is already used in this file");
      }
      EventDate parsed = date(e);
      EventDate date = parsed == null ? new EventDate(1900, 0, 0) : parsed;
      Lane lane = e.choice("lane", Lane.class);
      String concept = e.id("concept");
      if (!concept.isEmpty() && !conceptIds.contains(concept)) {
        e.report("concept", Rule.UNKNOWN_REFERENCE, "unknown concept '" + concept + "'");
      }
      String title = e.text("title", 60);
      Optional<String> crossing = e.optionalText("crossing", 160);
      List<String> sources = CrossReferences.sourceKeys(e, "sources", bibliography);
      if (parsed != null && !sources.isEmpty()) {
        bibliography.find(sources.get(0)).ifPresent(s -> datedBy(e, date, s));
      }
      events.add(
          new MapMapper.Entry<>(
              id, new TimelineEvent(id, date, lane, concept, title, crossing, sources), e));
    }
    return new Parsed(dimension, events);
  }

  /**
   * {@code 2017}, {@code 2017-06} or {@code 2017-06-12}, a real date between 1900 and 2100; null
   * when it is not one (and reported).
   */
  private static EventDate date(YamlMap e) {
    String raw = e.text("date", 10);
    Matcher m = DATE.matcher(raw);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      try {
        LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        if (year >= 1900 && year <= 2100) {
          return new EventDate(year, month, day);
        }
      } catch (DateTimeException notADate) {
        // reported below
      }
    }
    if (!raw.isEmpty()) {
      e.report(
          "date",
          Rule.WRONG_TYPE,
          "expected YYYY, YYYY-MM or YYYY-MM-DD between 1900 and 2100, found '" + raw + "'");
    }
    return null;
  }

  /** The first source dates the event: its year, and for a paper its arXiv month. */
  private static void datedBy(YamlMap e, EventDate date, Source source) {
    if (date.year() != source.year()) {
      e.report(
          "date",
          Rule.EVENT_DATE,
          "dated "
              + date.year()
              + ", but its first source, "
              + source.key()
              + ", is from "
              + source.year()
              + ": an event is dated by its first source");
      return;
    }
    if (source.arxiv().isEmpty() || date.month() == 0) {
      return;
    }
    String id = source.arxiv().get();
    int year = 2000 + Integer.parseInt(id.substring(0, 2));
    int month = Integer.parseInt(id.substring(2, 4));
    int numbered = year * 12 + month - 1;
    int dated = date.year() * 12 + date.month() - 1;
    if (dated != numbered && dated != numbered - 1) {
      e.report(
          "date",
          Rule.EVENT_DATE,
          "dated "
              + date
              + ", but arXiv:"
              + id
              + " ("
              + source.key()
              + ") was sent in "
              + String.format("%d-%02d", year, month)
              + " or at the end of the month before");
    }
  }
}
