package dev.sessionkit.testkit.internal.syntropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The Syntropic137 fake's sessions and their queries: the list ({@link SessionListing}), lookup by id or unique
 * id prefix, and the shapes each server generation serves. Sessions are stored in the detail shape and served
 * as copies. Thread-safe: every access holds the store's lock.
 */
public final class SessionStore {
  /** The summary fields the list endpoint of May 2026 serves, in the server's order (seed 001). */
  private static final List<String> SUMMARY_FIELDS_MAY_2026 = List.of("id", "workflow_id", "workflow_name",
      "execution_id", "phase_id", "phase_display", "status", "agent_provider", "agent_model", "agent_model_display",
      "repos", "repos_display", "input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens",
      "total_tokens", "total_tokens_display", "total_cost_usd", "total_cost_display", "duration_seconds",
      "duration_display", "started_at", "completed_at");

  /** The summary fields of later servers, in their order: delegation ids after the phase, unpriced after the cost. */
  private static final List<String> SUMMARY_FIELDS_PAGED = List.of("id", "workflow_id", "workflow_name",
      "execution_id", "phase_id", "parent_session_id", "root_session_id", "phase_display", "status", "agent_provider",
      "agent_model", "agent_model_display", "repos", "repos_display", "input_tokens", "output_tokens",
      "cache_creation_tokens", "cache_read_tokens", "total_tokens", "total_tokens_display", "total_cost_usd",
      "total_cost_display", "unpriced_observation_count", "duration_seconds", "duration_display", "started_at",
      "completed_at");

  /** What a detail of May 2026 lacks of a later one's: the fields a server of that version never sends. */
  private static final List<String> DETAIL_FIELDS_AFTER_MAY_2026 = List.of("parent_session_id", "root_session_id",
      "unpriced_observation_count");

  /**
   * One stored session: the detail, and what the listing reads of it, read once.
   *
   * @param detail the session in the detail shape; never modified
   * @param raw whether it was added as raw JSON, and so is served exactly as given
   */
  private record Entry(ObjectNode detail, boolean raw, String id, Instant startedAt, String status, String workflowId)
      implements SessionListing.Listed {
    static Entry of(ObjectNode detail, boolean raw) {
      return new Entry(detail, raw, detail.path("id").asText(), SessionStore.startedAt(detail), Json.text(detail, "status"),
          Json.text(detail, "workflow_id"));
    }
  }

  /** What a lookup by id or id prefix found. */
  public sealed interface Found {
    /** The one session, as the detail endpoint serves it. */
    record One(ObjectNode session) implements Found {}

    /** No session has that id or prefix. */
    record None() implements Found {}

    /** The prefix matches more than one session. */
    record Ambiguous(int matches) implements Found {}
  }

  private final Object lock = new Object();
  private final boolean paged;
  private final SessionListing listing;
  /** Every session in the listing's order. */
  private List<Entry> sorted = List.of();

  /**
   * @param paged whether the server pages (later servers) rather than being one of May 2026: what the list
   *     and detail endpoints serve of each session
   * @param order where the listing puts the undated sessions and the ties
   */
  public SessionStore(boolean paged, SessionListing.Order order) {
    this.paged = paged;
    this.listing = new SessionListing(order);
  }

  /** Whether the server pages (later servers) rather than being one of May 2026. */
  public boolean paged() {
    return paged;
  }

  /**
   * Adds a session made by the fake.
   *
   * @param detail the session in the detail shape; the store keeps it
   * @return the session as the detail endpoint will serve it (a copy)
   * @throws IllegalArgumentException when its id is taken
   */
  public ObjectNode add(ObjectNode detail) {
    return add(detail, false);
  }

  /**
   * Adds a session given as raw JSON, served exactly as given (the list endpoint serves its summary fields).
   *
   * @param session the session; the store keeps a copy
   * @return a copy of it
   * @throws IllegalArgumentException when it has no string {@code id}, the id is taken, or {@code started_at}
   *     cannot be read
   */
  public ObjectNode addRaw(ObjectNode session) {
    ObjectNode s = session.deepCopy();
    if (!s.path("id").isTextual()) {
      throw new IllegalArgumentException("the session needs a string id");
    }
    try {
      startedAt(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("started_at must look like 2026-05-01 12:00:00.123456+00:00, was "
          + s.get("started_at"), e);
    }
    return add(s, true);
  }

  private ObjectNode add(ObjectNode detail, boolean raw) {
    Entry entry = Entry.of(detail, raw);
    synchronized (lock) {
      if (sorted.stream().anyMatch(x -> x.id().equals(entry.id()))) {
        throw new IllegalArgumentException("a session with id " + entry.id() + " already exists");
      }
      List<Entry> all = new ArrayList<>(sorted);
      all.add(entry);
      sorted = listing.sorted(all);
    }
    return served(entry);
  }

  /**
   * Every session as the list endpoint serves it, in the listing's order.
   *
   * @return copies
   */
  public List<ObjectNode> summaries() {
    return snapshot().stream().map(this::summary).toList();
  }

  /**
   * One session as the detail endpoint serves it.
   *
   * @param id the exact id
   * @return a copy, empty when there is no such session
   */
  public Optional<ObjectNode> detail(String id) {
    return snapshot().stream().filter(e -> e.id().equals(id)).findFirst().map(this::served);
  }

  /**
   * The session with this id, or else the one whose id starts with it, as the detail endpoint serves it.
   *
   * @param key an id or an id prefix
   * @return what was found
   */
  public Found find(String key) {
    List<Entry> prefixed = new ArrayList<>();
    for (Entry e : snapshot()) {
      if (e.id().equals(key)) {
        return new Found.One(served(e));
      }
      if (e.id().startsWith(key)) {
        prefixed.add(e);
      }
    }
    if (prefixed.size() == 1) {
      return new Found.One(served(prefixed.get(0)));
    }
    return prefixed.isEmpty() ? new Found.None() : new Found.Ambiguous(prefixed.size());
  }

  /**
   * Lists sessions as the list endpoint does.
   *
   * @param query the filters and page
   * @param tieShuffle the randomness of the order of sessions that share {@code started_at}, or null to keep
   *     the listing's order
   * @return the page's sessions as the list endpoint serves them (copies), and the counts
   */
  public SessionListing.Result<ObjectNode> list(SessionListing.Query query, Random tieShuffle) {
    SessionListing.Result<Entry> r = listing.select(snapshot(), query, tieShuffle);
    return new SessionListing.Result<>(r.page().stream().map(this::summary).toList(), r.total(), r.excludedUndated(),
        r.statusCounts());
  }

  private List<Entry> snapshot() {
    synchronized (lock) {
      return sorted;
    }
  }

  /** A session as the list endpoint of this store's version serves it. */
  private ObjectNode summary(Entry e) {
    ObjectNode s = Json.object();
    for (String f : paged ? SUMMARY_FIELDS_PAGED : SUMMARY_FIELDS_MAY_2026) {
      if (e.detail().has(f)) {
        s.set(f, e.detail().get(f).deepCopy());
      }
    }
    return s;
  }

  /**
   * A stored session as the detail endpoint of this store's version serves it: a copy, without what a server
   * of May 2026 never sends (a session added as raw JSON is served as given, so it keeps what it was given).
   */
  private ObjectNode served(Entry e) {
    ObjectNode s = e.detail().deepCopy();
    if (!paged && !e.raw()) {
      s.remove(DETAIL_FIELDS_AFTER_MAY_2026);
      s.path("operations").forEach(op -> ((ObjectNode) op).remove("error_message"));
    }
    return s;
  }

  /** The start time, or null for a session that has none. */
  private static Instant startedAt(ObjectNode s) {
    String t = Json.text(s, "started_at");
    return t == null ? null : OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
  }
}
