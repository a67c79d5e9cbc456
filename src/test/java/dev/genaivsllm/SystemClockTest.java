package dev.genaivsllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SystemClockTest {
  @Test
  void tellsTheSystemTimeInTheDefaultZone() {
    SystemClock clock = new SystemClock();
    Instant before = Instant.now();
    Instant now = clock.instant();
    Instant after = Instant.now();
    assertTrue(
        !now.isBefore(before.minusMillis(1)) && !now.isAfter(after.plusMillis(1)), now::toString);
    assertTrue(Math.abs(clock.millis() - Clock.systemUTC().millis()) < 1_000);
    assertEquals(ZoneId.systemDefault(), clock.getZone());
    assertEquals(ZoneId.systemDefault(), clock.getZone(), "the same zone when asked again");
  }

  @Test
  void withZoneGivesASystemClockInThatZone() {
    Clock utc = new SystemClock().withZone(ZoneOffset.UTC);
    assertEquals(ZoneOffset.UTC, utc.getZone());
    assertTrue(Duration.between(utc.instant(), Instant.now()).abs().toMillis() < 1_000);
  }
}
