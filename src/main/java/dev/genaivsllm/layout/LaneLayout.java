package dev.genaivsllm.layout;

import java.util.List;

/**
 * Lays out a time axis with two lanes, one block per year from top to bottom. Within a year each
 * lane stacks its own events, and the two lanes share the year's rows, so events of the same year
 * sit side by side; a year without events still gets its row, so the axis has no holes.
 */
public final class LaneLayout {
  private LaneLayout() {}

  /**
   * An event to place.
   *
   * @param lane 0 or 1
   * @param height how tall its text is
   */
  public record Entry(int year, int lane, int height) {}

  /**
   * Where everything went.
   *
   * @param yearY the top of each year's block, from the first year on
   * @param entryY the top of each entry, in the order given
   */
  public record Placed(int[] yearY, int[] entryY, int height) {}

  /**
   * @param entries in date order, each within {@code since} to {@code until}
   * @param emptyYear the height of a year without events
   * @param gap space between two events in a lane, and after each year
   */
  public static Placed layout(int since, int until, List<Entry> entries, int emptyYear, int gap) {
    int[] yearY = new int[until - since + 1];
    int[] entryY = new int[entries.size()];
    int y = 0;
    int next = 0;
    for (int year = since; year <= until; year++) {
      yearY[year - since] = y;
      int[] used = new int[2];
      while (next < entries.size() && entries.get(next).year() == year) {
        Entry e = entries.get(next);
        entryY[next] = y + used[e.lane()] + (used[e.lane()] > 0 ? gap : 0);
        used[e.lane()] = entryY[next] - y + e.height();
        next++;
      }
      y += Math.max(emptyYear, Math.max(used[0], used[1])) + gap;
    }
    if (next != entries.size()) {
      throw new IllegalArgumentException("entries outside the years or out of order");
    }
    return new Placed(yearY, entryY, y - gap);
  }
}
