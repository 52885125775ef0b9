package dev.sessionkit.core.internal.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the wait a server asks for: {@code retry-after-ms}, then {@code Retry-After} (RFC 9110 §10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * @return the wait, never negative, uncapped; empty when neither header is present or readable
   */
  public static Optional<Duration> parse(HttpHeaders headers, Clock clock) {
    Optional<String> ms = headers.firstValue("retry-after-ms");
    if (ms.isPresent()) {
      try {
        double millis = Double.parseDouble(ms.get().trim());
        if (millis >= 0 && !Double.isInfinite(millis)) {
          return Optional.of(Duration.ofNanos((long) (millis * 1_000_000)));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    Optional<String> value = headers.firstValue("retry-after");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().trim();
    try {
      double seconds = Double.parseDouble(v);
      if (seconds >= 0 && !Double.isInfinite(seconds)) {
        return Optional.of(Duration.ofMillis((long) (seconds * 1000)));
      }
      return Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
