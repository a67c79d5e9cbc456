package dev.genaivsllm;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, which it looks up only when something asks for the
 * date. Finding the zone reads the JDK's time-zone database, a few milliseconds that most commands
 * ({@code compare}, {@code search}) would spend for nothing at every start.
 */
final class SystemClock extends Clock {
  private final Clock utc = Clock.systemUTC();
  private ZoneId zone;

  @Override
  public ZoneId getZone() {
    if (zone == null) {
      zone = ZoneId.systemDefault();
    }
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return utc.instant();
  }

  @Override
  public long millis() {
    return utc.millis();
  }
}
