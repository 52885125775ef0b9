package dev.sessionkit.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.syntropic.SessionListing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The sessions of a synthetic Syntropic137 listing of any length, rendered from the fake's sessions.
 *
 * <p>Session {@code i} (0 = newest) is template {@code i % templates} with its own id and a
 * {@code started_at} of {@link #NEWEST} minus {@code i} steps of {@value #STEP_MICROS} µs (distinct, with
 * varied fractions), {@code completed_at} keeping the template's duration. Which sessions a request gets is
 * the testkit's one Syntropic137 listing ({@link SessionListing}, what {@code FakeSyntropic} serves) over a
 * virtual list of the sessions' start times: with {@code started_before} (inclusive, as the real server) a page
 * starts at the first session at or before it, so keyset paging sees the boundary session again, as it would on
 * the real server. Only the bytes are this class's: rendering copies the template's bytes (the fake's own
 * sessions) around the three values, and no JSON library runs per request. Thread-safe.
 */
final class SyntropicPages {
  /** The {@code started_at} of session 0. */
  static final Instant NEWEST = Instant.parse("2026-05-01T12:00:00Z");
  /** The time between two consecutive sessions' {@code started_at}. */
  static final long STEP_MICROS = 997_531;
  /** The largest page the API serves. */
  static final int MAX_LIMIT = SessionListing.MAX_PAGE_SIZE;
  /** The page size when the request names none (the server's default). */
  static final int DEFAULT_LIMIT = SessionListing.DEFAULT_PAGE_SIZE;

  private static final String ID = "@@ID@@";
  private static final String STARTED = "@@STARTED@@";
  private static final String COMPLETED = "@@COMPLETED@@";
  private static final long NEWEST_MICROS = NEWEST.getEpochSecond() * 1_000_000L;

  private final int total;
  private final List<Template> templates = new ArrayList<>();
  private final SessionListing listing = new SessionListing(SessionListing.Order.FAKE_SYNTROPIC);
  /** The listing's sessions, newest first, made on demand: the listing reads a handful per request. */
  private final List<Indexed> sessions;

  /** Session {@code index} of the listing, as the listing sees it: an id and a start, no status nor workflow. */
  private record Indexed(int index) implements SessionListing.Listed {
    @Override
    public String id() {
      return Integer.toString(index);
    }

    @Override
    public Instant startedAt() {
      return SyntropicPages.startedAt(index);
    }

    @Override
    public String status() {
      return null;
    }

    @Override
    public String workflowId() {
      return null;
    }
  }

  /** The listing's sessions without holding them: session {@code i} is made when it is read. */
  private static final class Virtual extends AbstractList<Indexed> implements RandomAccess {
    private final int size;

    Virtual(int size) {
      this.size = size;
    }

    @Override
    public Indexed get(int index) {
      return new Indexed(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** A session's JSON cut around its id and times: {@code parts[0] v0 parts[1] v1 …}. */
  private record Template(byte[][] parts, char[] values, String idPrefix, long durationMicros) {}

  /**
   * @param sessions the templates, at least 1, each with {@code id} and {@code started_at}
   * @param total how many sessions the listing has, at least 0
   */
  SyntropicPages(List<ObjectNode> sessions, int total) {
    if (sessions.isEmpty() || total < 0) {
      throw new IllegalArgumentException("need templates and total >= 0");
    }
    this.total = total;
    this.sessions = new Virtual(total);
    for (ObjectNode session : sessions) {
      templates.add(template(session));
    }
  }

  private static Template template(ObjectNode original) {
    ObjectNode s = original.deepCopy();
    String id = s.path("id").asText();
    Instant started = parse(s.path("started_at").asText());
    long duration = -1;
    if (s.path("completed_at").isTextual()) {
      duration = ChronoUnit.MICROS.between(started, parse(s.path("completed_at").asText()));
      s.put("completed_at", COMPLETED);
    }
    s.put("id", ID);
    s.put("started_at", STARTED);
    String text = new String(PageBodies.bytes(s), StandardCharsets.UTF_8);
    List<byte[]> parts = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    int from = 0;
    while (true) {
      int next = -1;
      String found = null;
      for (String marker : List.of(ID, STARTED, COMPLETED)) {
        int at = text.indexOf(marker, from);
        if (at >= 0 && (next < 0 || at < next)) {
          next = at;
          found = marker;
        }
      }
      if (found == null) {
        parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        break;
      }
      parts.add(text.substring(from, next).getBytes(StandardCharsets.UTF_8));
      values.append(found.equals(ID) ? 'i' : found.equals(STARTED) ? 's' : 'c');
      from = next + found.length();
    }
    // A uuid keeps its first 24 characters; the last 12 become the session's index.
    String idPrefix = id.length() == 36 ? id.substring(0, 24) : "00000000-0000-4000-8000-";
    return new Template(parts.toArray(new byte[0][]), values.toString().toCharArray(), idPrefix, duration);
  }

  /**
   * Reads a time as the server accepts it in a query: ISO 8601 with {@code T} or a space, and an offset.
   *
   * @param text the time
   * @return the instant
   * @throws IllegalArgumentException if it is not such a time
   */
  static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid datetime: " + text, e);
    }
  }

  /** How many sessions the listing has. */
  int total() {
    return total;
  }

  /**
   * The index of the first session at or before an inclusive upper bound.
   *
   * @param upperBound the bound, or null for none
   * @return the index, 0 to {@link #total()}
   */
  int startIndex(Instant upperBound) {
    // The sessions at or before the bound are the listing's tail: the rest come before the first of them.
    return total - listing.select(sessions, SessionListing.Query.keyset(upperBound, 1)).total();
  }

  /**
   * The {@code started_at} of a session.
   *
   * @param index the session, 0 = newest
   * @return its start, microsecond precision
   */
  static Instant startedAt(long index) {
    long micros = NEWEST_MICROS - index * STEP_MICROS;
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  /**
   * One response: the sessions from {@code start}, at most {@code limit}.
   *
   * @param start the first session's index
   * @param limit the page size
   * @return {@code {"sessions": [...], "total": n}}, compact UTF-8 JSON
   */
  byte[] page(int start, int limit) {
    int end = (int) Math.min((long) start + limit, total);
    ByteSink out = new ByteSink(Math.max(0, end - start) * 800 + 64);
    out.ascii("{\"sessions\":[");
    for (int i = start; i < end; i++) {
      if (i > start) {
        out.ascii(",");
      }
      render(out, i);
    }
    out.ascii("],\"total\":").ascii(Integer.toString(Math.max(0, end - start))).ascii("}");
    return out.toByteArray();
  }

  private void render(ByteSink out, int index) {
    Template t = templates.get(index % templates.size());
    long started = NEWEST_MICROS - index * STEP_MICROS;
    for (int p = 0; p < t.parts.length; p++) {
      out.bytes(t.parts[p]);
      if (p < t.values.length) {
        switch (t.values[p]) {
          case 'i':
            out.ascii(t.idPrefix).digits(index, 12);
            break;
          case 's':
            time(out, started);
            break;
          default:
            time(out, started + t.durationMicros);
        }
      }
    }
  }

  // Python's str(datetime) of an aware UTC time: 2026-05-01 12:00:00.123456+00:00, no fraction when it is 0.
  private static void time(ByteSink out, long epochMicros) {
    long seconds = Math.floorDiv(epochMicros, 1_000_000L);
    int micros = (int) Math.floorMod(epochMicros, 1_000_000L);
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    out.digits(t.getYear(), 4).ascii("-").digits(t.getMonthValue(), 2).ascii("-").digits(t.getDayOfMonth(), 2)
        .ascii(" ").digits(t.getHour(), 2).ascii(":").digits(t.getMinute(), 2).ascii(":").digits(t.getSecond(), 2);
    if (micros != 0) {
      out.ascii(".").digits(micros, 6);
    }
    out.ascii("+00:00");
  }

  /** A growable byte buffer without the locking of {@code ByteArrayOutputStream}. */
  private static final class ByteSink {
    private byte[] buf;
    private int length;

    ByteSink(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    ByteSink bytes(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, length, b.length);
      length += b.length;
      return this;
    }

    ByteSink ascii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[length++] = (byte) s.charAt(i);
      }
      return this;
    }

    ByteSink digits(long value, int width) {
      ensure(width);
      long v = value;
      for (int i = width - 1; i >= 0; i--) {
        buf[length + i] = (byte) ('0' + (v % 10));
        v /= 10;
      }
      length += width;
      return this;
    }

    private void ensure(int more) {
      if (length + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, length);
    }
  }
}
