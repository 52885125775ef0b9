package dev.sessionkit.testkit.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The timestamp spellings of the real servers, each written the way its server writes it. */
public final class Times {
  private static final DateTimeFormatter SECONDS_SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter SECONDS_T = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private Times() {}

  /** ISO 8601 in UTC with {@code Z}, to the millisecond, no fraction when it is zero (Timbal). */
  public static String isoUtc(Instant t) {
    return t.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /**
   * Python's {@code str(datetime)} of an aware UTC datetime (Syntropic137): {@code 2026-05-01 12:00:00.123456+00:00},
   * and no fraction at all when the microseconds are zero.
   */
  public static String pythonStrUtc(Instant t) {
    LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    return SECONDS_SPACE.format(local) + micros(local) + "+00:00";
  }

  /**
   * Python's {@code datetime.now().isoformat()}, naive (AgentScope records): {@code 2026-05-01T12:00:00.123456}
   * in the server's zone, no offset, no fraction when the microseconds are zero.
   */
  public static String pythonNaiveIso(Instant t, ZoneId serverTimeZone) {
    LocalDateTime local = LocalDateTime.ofInstant(t, serverTimeZone);
    return SECONDS_T.format(local) + micros(local);
  }

  private static String micros(LocalDateTime local) {
    int micros = local.getNano() / 1000;
    return micros == 0 ? "" : String.format(".%06d", micros);
  }
}
