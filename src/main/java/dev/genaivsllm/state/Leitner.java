package dev.genaivsllm.state;

import java.time.LocalDate;

/**
 * The Leitner system: a right answer moves a question up one box, a wrong one back to box 1, and
 * each box waits longer before the question is due again. Box 1 is due at once, so a missed
 * question comes back in the next review.
 */
public final class Leitner {
  public static final int TOP_BOX = 5;
  private static final int[] WAIT_DAYS = {0, 1, 3, 7, 14};

  private Leitner() {}

  /** The record after answering a question, given its record before (null when new). */
  public static Progress.Entry answer(Progress.Entry before, boolean correct, LocalDate today) {
    int box = correct ? Math.min(TOP_BOX, before == null ? 2 : before.box() + 1) : 1;
    int seen = before == null ? 1 : before.seen() + 1;
    int right = (before == null ? 0 : before.correct()) + (correct ? 1 : 0);
    return new Progress.Entry(box, seen, right, today, today.plusDays(WAIT_DAYS[box - 1]));
  }

  public static boolean isDue(Progress.Entry entry, LocalDate today) {
    return !entry.due().isAfter(today);
  }
}
