package dev.genaivsllm.model;

import java.util.Comparator;

/**
 * When a timeline event happened, as precisely as its source says: a year, a month or a day.
 *
 * @param month 1 to 12, or 0 when only the year is known
 * @param day 1 to 31, or 0 when only the year or the month is known
 */
public record EventDate(int year, int month, int day) implements Comparable<EventDate> {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final Comparator<EventDate> ORDER =
      Comparator.comparingInt(EventDate::year)
          .thenComparingInt(EventDate::month)
          .thenComparingInt(EventDate::day);

  /** The month's short English name ({@code Jun}), or empty when only the year is known. */
  public String monthName() {
    return month == 0 ? "" : MONTHS[month - 1];
  }

  /** Where the event sits within its year, from 0 (1 January) to just under 1. */
  public double fractionOfYear() {
    if (month == 0) {
      return 0.5;
    }
    return (month - 1 + (day == 0 ? 0.5 : (day - 1) / 31.0)) / 12.0;
  }

  @Override
  public int compareTo(EventDate other) {
    return ORDER.compare(this, other);
  }

  /** As written in the YAML and the JSON: {@code 2017}, {@code 2017-06} or {@code 2022-11-30}. */
  @Override
  public String toString() {
    if (month == 0) {
      return String.valueOf(year);
    }
    String ym = year + "-" + (month < 10 ? "0" : "") + month;
    return day == 0 ? ym : ym + "-" + (day < 10 ? "0" : "") + day;
  }
}
