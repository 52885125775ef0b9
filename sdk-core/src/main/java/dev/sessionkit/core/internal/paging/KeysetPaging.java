package dev.sessionkit.core.internal.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Keyset paging on a timestamp, for a listing that has no cursor (Syntropic137's sessions): items come
 * newest first, and the request takes an <em>inclusive</em> upper bound and a limit.
 *
 * <p>The next request's bound is the oldest timestamp seen. Because the bound is inclusive, the items at
 * that timestamp come again: those already returned are dropped by id, so items that share the boundary
 * are neither lost nor repeated. A full page that brings nothing new (more items share one timestamp than
 * a page holds) is retried once with the largest page the API allows; if that brings nothing new either,
 * the walk fails with a message that says what to do, instead of looping.
 *
 * <p>A walk resumes from a {@link Position}: the bound of the next request and the ids already returned at
 * it, kept as short hashes ({@link #idHash}) so that a cursor stays short when many items share the bound. That is all the walk carries from page to page, so a listing started from a page's position yields
 * exactly what the walk would have yielded after that page, even when the position falls inside a run of
 * equal timestamps. A caller whose cursors carry more, learnt from each response, walks a {@link Source},
 * which passes its own state forward from page to page the same way. Nothing is shared between pages: a
 * page's {@code nextPage()} may be called again, or from another thread, and starts from the same place.
 */
public final class KeysetPaging {
  /** The bytes of SHA-256 an {@link #idHash} keeps, and its length in base64url. */
  private static final int HASH_BYTES = 8;
  private static final int HASH_CHARS = 11;
  private static final Base64.Encoder HASHES = Base64.getUrlEncoder().withoutPadding();

  private KeysetPaging() {}

  /** How to read an item's key. */
  public interface Keys<T> {
    /** The item's timestamp; null if it has none (it is returned but does not move the bound). */
    Instant timestamp(T item);

    /** The item's unique id. */
    String id(T item);
  }

  /** Requests the items at or before {@code upperBound} (null: no bound of ours), newest first, at most {@code limit}. */
  @FunctionalInterface
  public interface Fetcher<T> {
    Fetched<T> fetch(Instant upperBound, int limit);
  }

  /** One response: its items as the server sent them, and the response. */
  public record Fetched<T>(List<T> items, ResponseInfo response) {}

  /**
   * The requests of a walk whose caller learns from each response something its cursors must carry
   * (Syntropic137's counts of sessions without a timestamp). A source is immutable: each request returns,
   * with the response, the source for the rest of the walk, holding what that response taught. A page keeps
   * the source it was read with, so its {@code nextPage()} and {@code nextCursor()} start from what was known
   * when it was read, however often and from whichever thread they are called.
   */
  public interface Source<T> {
    /**
     * Requests the items at or before {@code upperBound} (null: no bound of ours), newest first, at most
     * {@code limit}.
     *
     * @return the response, and the source for the rest of the walk
     */
    Step<T> fetch(Instant upperBound, int limit);

    /**
     * The cursor of the walk at {@code position}, with what this source knows.
     *
     * @param position where the walk goes on
     * @return the cursor
     */
    String cursorOf(Position position);

    /**
     * The last keyset page, read with this source: a page with no successor, unless the caller's walk goes on
     * past the keyset part (then it gives the page its own cursor and next page).
     *
     * @param items the page's items
     * @param response the response they came from
     * @return the page
     */
    default Page<T> last(List<T> items, ResponseInfo response) {
      return FetchedPage.last(items, response);
    }
  }

  /**
   * One response of a {@link Source}: its items as the server sent them, the response, and the source for the
   * rest of the walk.
   */
  public record Step<T>(List<T> items, ResponseInfo response, Source<T> then) {}

  /** A source that learns nothing from its responses: a fetcher and the cursors of positions. */
  private record Stateless<T>(Fetcher<T> fetcher, Function<Position, String> cursors) implements Source<T> {
    @Override
    public Step<T> fetch(Instant upperBound, int limit) {
      Fetched<T> fetched = fetcher.fetch(upperBound, limit);
      return new Step<>(fetched.items(), fetched.response(), this);
    }

    @Override
    public String cursorOf(Position position) {
      return cursors.apply(position);
    }
  }

  /**
   * Where a walk stands: the inclusive upper bound of its next request (null: none) and the ids it returned
   * at that bound, as {@link #idHash hashes}.
   *
   * @param bound the next request's bound, or null for an unbounded first request
   * @param seenAtBound the {@link #idHash hashes} of the ids already returned whose timestamp equals
   *     {@code bound}
   */
  public record Position(Instant bound, Set<String> seenAtBound) {
    /** Copies the ids. */
    public Position {
      seenAtBound = Set.copyOf(seenAtBound);
    }

    /**
     * Writes this position into a cursor's state: {@code b} (the bound, ISO-8601 with every digit) and
     * {@code s} (the hashes of the ids, {@link #writeIdHashes one string}, sorted, so that one position makes
     * one cursor).
     *
     * @param state the cursor state to write to
     * @return {@code state}
     */
    public ObjectNode writeTo(ObjectNode state) {
      if (bound != null) {
        state.put("b", bound.toString());
      }
      state.put("s", writeIdHashes(seenAtBound));
      return state;
    }

    /**
     * Reads a position from a cursor's state.
     *
     * @param state what {@link #writeTo} wrote
     * @return the position
     * @throws IllegalArgumentException naming {@code cursor} if the state is not a position
     */
    public static Position readFrom(JsonNode state) {
      JsonNode b = state.get("b");
      JsonNode s = state.get("s");
      if ((b != null && !b.isTextual()) || s == null || !s.isTextual()) {
        throw malformedCursor();
      }
      Set<String> ids = readIdHashes(s.asText()).orElseThrow(Position::malformedCursor);
      try {
        return new Position(b == null ? null : Instant.parse(b.asText()), ids);
      } catch (DateTimeParseException e) {
        throw malformedCursor();
      }
    }

    private static IllegalArgumentException malformedCursor() {
      return CursorCodec.malformed("its position is not one");
    }
  }

  /**
   * The short hash a walk keeps of an id it returned: the first 64 bits of the SHA-256 of the id's UTF-8,
   * base64url without padding, 11 characters. Only the ids of items at a bound are hashed, so it costs
   * little. Two ids at one bound with the same hash would make the walk drop the later one as returned
   * already; among {@code n} ids the chance is about n²/2^65 (for the largest page, 200, about 1 in
   * 10^15), against ids of any length in a cursor.
   *
   * @param id an item's id
   * @return its hash
   */
  public static String idHash(String id) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    byte[] digest = sha256.digest(id.getBytes(StandardCharsets.UTF_8));
    return HASHES.encodeToString(Arrays.copyOf(digest, HASH_BYTES));
  }

  /**
   * Id hashes as a cursor holds them: one string, the hashes sorted and joined (11 characters each, no
   * separator), so that one set makes one string.
   *
   * @param hashes {@link #idHash hashes}
   * @return the string; empty for none
   */
  public static String writeIdHashes(Set<String> hashes) {
    StringBuilder text = new StringBuilder(hashes.size() * HASH_CHARS);
    new TreeSet<>(hashes).forEach(text::append);
    return text.toString();
  }

  /**
   * Reads what {@link #writeIdHashes} wrote, strictly: hashes as {@link #idHash} writes them, sorted, none
   * twice.
   *
   * @param text the string
   * @return the hashes, or empty if {@code text} is not such a string
   */
  public static Optional<Set<String>> readIdHashes(String text) {
    if (text.length() % HASH_CHARS != 0) {
      return Optional.empty();
    }
    Set<String> hashes = new HashSet<>();
    String previous = "";
    for (int i = 0; i < text.length(); i += HASH_CHARS) {
      String hash = text.substring(i, i + HASH_CHARS);
      if (hash.compareTo(previous) <= 0 || !isIdHash(hash)) {
        return Optional.empty();
      }
      hashes.add(hash);
      previous = hash;
    }
    return Optional.of(hashes);
  }

  /** Whether {@code hash} is what {@link #idHash} writes: base64url of 8 bytes, its unused last bits 0. */
  private static boolean isIdHash(String hash) {
    try {
      return HASHES.encodeToString(Base64.getUrlDecoder().decode(hash)).equals(hash);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * @param fetch requests one page
   * @param keys reads the keys of an item
   * @param start where to start: the caller's own inclusive upper bound (or null) and no ids, or a position a
   *     page's cursor held
   * @param limit the page size
   * @param maxLimit the largest page the API allows
   * @param what what is listed, for the error message ({@code sessions})
   * @param cursorOf writes the cursor of the position after a page; called when that page is asked for it
   */
  public static <T> Page<T> firstPage(Fetcher<T> fetch, Keys<T> keys, Position start, int limit, int maxLimit,
      String what, Function<Position, String> cursorOf) {
    return firstPage(new Stateless<>(fetch, cursorOf), keys, start, limit, maxLimit, what);
  }

  /**
   * The first page of a walk whose caller carries its own state from response to response ({@link Source}).
   *
   * @param source requests the first page, and writes its cursor
   * @param keys reads the keys of an item
   * @param start where to start: the caller's own inclusive upper bound (or null) and no ids, or a position a
   *     page's cursor held
   * @param limit the page size
   * @param maxLimit the largest page the API allows
   * @param what what is listed, for the error message ({@code sessions})
   */
  public static <T> Page<T> firstPage(Source<T> source, Keys<T> keys, Position start, int limit, int maxLimit,
      String what) {
    if (limit < 1 || limit > maxLimit) {
      throw new IllegalArgumentException("limit must be between 1 and " + maxLimit + ", was " + limit);
    }
    return page(new Walk<>(keys, limit, maxLimit, what), source, start);
  }

  /** What stays the same on every page of a walk. */
  private record Walk<T>(Keys<T> keys, int limit, int maxLimit, String what) {}

  /**
   * @param source requests this page
   * @param at the inclusive upper bound of this request, and the ids already returned at it
   */
  private static <T> Page<T> page(Walk<T> walk, Source<T> source, Position at) {
    Instant bound = at.bound();
    Set<String> seenAtBound = at.seenAtBound();
    int limit = walk.limit();
    Step<T> step = source.fetch(bound, limit);
    List<T> raw = step.items();
    List<T> fresh = dropSeen(raw, walk.keys(), bound, seenAtBound);
    if (fresh.isEmpty() && raw.size() >= limit && limit < walk.maxLimit()) {
      // Every item of a full page was at the bound and already returned: widen the page once.
      limit = walk.maxLimit();
      step = step.then().fetch(bound, limit);
      raw = step.items();
      fresh = dropSeen(raw, walk.keys(), bound, seenAtBound);
    }
    Source<T> after = step.then();
    ResponseInfo response = step.response();
    if (raw.size() < limit) {
      return after.last(fresh, response);
    }
    if (fresh.isEmpty() && anyAfter(raw, walk.keys(), bound)) {
      throw new SessionKitException("the server sent " + walk.what() + " newer than the upper bound " + bound
          + " it was asked for: it (or a proxy in front of it) ignores the bound, so the listing cannot go past"
          + " its first " + limit);
    }
    if (fresh.isEmpty()) {
      throw new SessionKitException("more than " + limit + " " + walk.what() + " share the timestamp " + bound
          + ", and the API has no cursor to page through them; narrow the listing (a shorter time range,"
          + " a status or workflow filter) so that fewer than " + limit + " match at that instant");
    }
    // The new bound is the oldest timestamp among this page's items; ids at it are carried on.
    Instant oldest = null;
    for (T item : raw) {
      Instant ts = walk.keys().timestamp(item);
      if (ts != null && (oldest == null || ts.isBefore(oldest))) {
        oldest = ts;
      }
    }
    if (oldest == null) {
      throw new SessionKitException("a full page of " + walk.what() + " had no timestamps to page on");
    }
    Set<String> atOldest = new HashSet<>();
    if (oldest.equals(bound)) {
      atOldest.addAll(seenAtBound);
    }
    for (T item : raw) {
      if (oldest.equals(walk.keys().timestamp(item))) {
        atOldest.add(idHash(walk.keys().id(item)));
      }
    }
    if (oldest.equals(bound) && atOldest.equals(seenAtBound)) {
      // Nothing new at the bound: the next request would be this one again, and so would its answer.
      throw new SessionKitException("the server sent the same " + walk.what() + " again for the upper bound "
          + bound + "; stopping instead of looping forever");
    }
    Position next = new Position(oldest, atOldest);
    return new FetchedPage<>(fresh, response, () -> after.cursorOf(next), () -> page(walk, after, next));
  }

  /**
   * The items not returned yet: those at the bound already returned are dropped (by the hash of their id),
   * and so are those after it.
   * An item after an inclusive upper bound breaks the API's contract (a server or proxy that ignores the
   * bound); on a later page it came on an earlier one, and keeping it would repeat it for ever.
   */
  private static <T> List<T> dropSeen(List<T> raw, Keys<T> keys, Instant bound, Set<String> seenAtBound) {
    if (bound == null) {
      return raw;
    }
    List<T> fresh = new ArrayList<>(raw.size());
    for (T item : raw) {
      Instant ts = keys.timestamp(item);
      if (ts != null && (ts.isAfter(bound) || (ts.equals(bound) && seenAtBound.contains(idHash(keys.id(item)))))) {
        continue;
      }
      fresh.add(item);
    }
    return fresh;
  }

  private static <T> boolean anyAfter(List<T> raw, Keys<T> keys, Instant bound) {
    if (bound == null) {
      return false;
    }
    for (T item : raw) {
      Instant ts = keys.timestamp(item);
      if (ts != null && ts.isAfter(bound)) {
        return true;
      }
    }
    return false;
  }
}
