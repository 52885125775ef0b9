package dev.sessionkit.core.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the timestamp forms the three servers send, by hand (this runs once per field of every item
 * of every page, and {@code DateTimeFormatter} with optional sections is several times slower):
 * <ul>
 *   <li>{@code 2026-05-01T12:00:00Z}, with {@code T}, {@code t} or a space between date and time
 *       (Python's {@code str(datetime)} uses a space);</li>
 *   <li>seconds optional, 0 to 9 fraction digits;</li>
 *   <li>{@code Z}, {@code +HH:MM}, {@code +HHMM} or {@code +HH};</li>
 *   <li>no zone at all (a naive time, from {@code datetime.now()}): read in the given zone;</li>
 *   <li>a date alone: midnight in the given zone.</li>
 * </ul>
 */
public final class TimestampParser {
  private TimestampParser() {}

  /**
   * @throws IllegalArgumentException with a message that quotes the text when it is no timestamp
   */
  public static Instant parse(String text, ZoneId naiveZone) {
    String s = text.trim();
    try {
      return parseOrNull(s, naiveZone);
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      throw notATimestamp(text);
    }
  }

  private static Instant parseOrNull(String s, ZoneId naiveZone) {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw notATimestamp(s);
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (n == 10) {
      return LocalDateTime.of(year, month, day, 0, 0).atZone(naiveZone).toInstant();
    }
    char sep = s.charAt(10);
    if (sep != 'T' && sep != 't' && sep != ' ') {
      throw notATimestamp(s);
    }
    int hour = digits(s, 11, 2);
    expect(s, 13, ':');
    int minute = digits(s, 14, 2);
    int i = 16;
    int second = 0;
    int nano = 0;
    if (i < n && s.charAt(i) == ':') {
      second = digits(s, i + 1, 2);
      i += 3;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        i++;
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
        int count = i - start;
        if (count == 0 || count > 9) {
          throw notATimestamp(s);
        }
        nano = digits(s, start, count);
        for (int k = count; k < 9; k++) {
          nano *= 10;
        }
      }
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
    if (i == n) {
      return local.atZone(naiveZone).toInstant();
    }
    char z = s.charAt(i);
    if ((z == 'Z' || z == 'z') && i + 1 == n) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (z != '+' && z != '-') {
      throw notATimestamp(s);
    }
    int sign = z == '-' ? -1 : 1;
    int o = i + 1;
    int oh;
    int om = 0;
    if (n - o == 2) {
      oh = digits(s, o, 2);
    } else if (n - o == 4) {
      oh = digits(s, o, 2);
      om = digits(s, o + 2, 2);
    } else if (n - o == 5 && s.charAt(o + 2) == ':') {
      oh = digits(s, o, 2);
      om = digits(s, o + 3, 2);
    } else {
      throw notATimestamp(s);
    }
    if (om > 59 || oh > 18 || (oh == 18 && om > 0)) {
      throw notATimestamp(s);
    }
    // Epoch arithmetic instead of ZoneOffset.ofHoursMinutes, whose cache lookup showed in profiles: every
    // Syntropic137 timestamp carries "+00:00".
    long offsetSeconds = sign * (oh * 3600L + om * 60L);
    return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds, nano);
  }

  private static int digits(String s, int start, int count) {
    int v = 0;
    for (int k = start; k < start + count; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        throw notATimestamp(s);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static void expect(String s, int at, char c) {
    if (s.charAt(at) != c) {
      throw notATimestamp(s);
    }
  }

  private static IllegalArgumentException notATimestamp(String s) {
    String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
    return new IllegalArgumentException("not a timestamp: \"" + shown + "\"");
  }
}
