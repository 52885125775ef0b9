package dev.sessionkit.testkit.internal.timbal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Timbal fake's compose sessions and runs, and their queries: filters, the runs' sort keys, lookup by id or
 * idempotency key, reactions. Records are handed out as copies. Thread-safe: every access holds the store's lock.
 */
public final class TimbalStore {
  /** The keys {@code sort_by} takes. */
  public static final List<String> SORT_KEYS = List.of("id", "created_at", "duration_ms", "cost_usd", "cost_credits");

  private final List<StoredSession> sessions;
  private final List<StoredRun> runs;

  /**
   * @param sessions the compose sessions to start with; the store keeps the list
   * @param runs the runs to start with; the store keeps the list
   */
  public TimbalStore(List<StoredSession> sessions, List<StoredRun> runs) {
    this.sessions = new ArrayList<>(sessions);
    this.runs = new ArrayList<>(runs);
  }

  // ---- compose sessions ------------------------------------------------------------------------------

  /**
   * The compose sessions whose {@code field} is {@code wanted}, newest first (ties by id, descending).
   *
   * @param field a top-level text field
   * @param wanted its value, or null for every session
   * @return copies, without messages
   */
  public synchronized List<ObjectNode> sessions(String field, String wanted) {
    List<ObjectNode> out = new ArrayList<>();
    for (StoredSession s : sortedSessions()) {
      if (wanted == null || wanted.equals(Json.text(s.json(), field))) {
        out.add(s.json().deepCopy());
      }
    }
    return out;
  }

  private List<StoredSession> sortedSessions() {
    List<StoredSession> sorted = new ArrayList<>(sessions);
    sorted.sort(Comparator.comparing(StoredSession::createdAt).thenComparing(StoredSession::id).reversed());
    return sorted;
  }

  /**
   * One compose session with its messages.
   *
   * @param id the id
   * @return a copy, empty when there is none
   */
  public synchronized Optional<ObjectNode> session(String id) {
    for (StoredSession s : sessions) {
      if (s.id().equals(id)) {
        ObjectNode body = s.json().deepCopy();
        body.set("messages", s.messages().deepCopy());
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  /**
   * Adds a compose session made by the fake.
   *
   * @param s the session; the store keeps it
   * @return a copy of its JSON
   * @throws IllegalArgumentException when its id is taken
   */
  public synchronized ObjectNode add(StoredSession s) {
    if (sessions.stream().anyMatch(x -> x.id().equals(s.id()))) {
      throw new IllegalArgumentException("a compose session with id " + s.id() + " already exists");
    }
    sessions.add(s);
    return s.json().deepCopy();
  }

  /**
   * Adds a compose session given as raw JSON, its {@code messages} served by the detail only.
   *
   * @param raw the session; the store keeps a copy
   * @return a copy of it without its messages
   * @throws IllegalArgumentException when it has no string id or the id is taken
   */
  public ObjectNode addRawSession(ObjectNode raw) {
    ObjectNode json = raw.deepCopy();
    JsonNode messages = json.remove("messages");
    StoredSession s = new StoredSession(json, messages instanceof ArrayNode ? (ArrayNode) messages : Json.array());
    requireId(json);
    return add(s);
  }

  // ---- runs --------------------------------------------------------------------------------------------

  /**
   * The runs that pass the filter, sorted.
   *
   * @param filter which runs
   * @param sortKey one of {@link #SORT_KEYS}
   * @param descending the direction
   * @return copies of their JSON, in order
   */
  public synchronized List<ObjectNode> runs(Predicate<StoredRun> filter, String sortKey, boolean descending) {
    List<StoredRun> matching = new ArrayList<>();
    for (StoredRun run : runs) {
      if (filter.test(run)) {
        matching.add(run);
      }
    }
    return sortRuns(matching, sortKey, descending).stream().map(r -> r.json().deepCopy()).toList();
  }

  /**
   * One run as the detail serves it: the run without its workforce, with {@code status_detail} and {@code trace}.
   *
   * @param key the id or the idempotency key
   * @return a copy, empty when there is none
   */
  public synchronized Optional<ObjectNode> runDetail(String key) {
    return findRun(key).map(run -> {
      ObjectNode body = run.json().deepCopy();
      // RunDetail is RunPreview without the workforce, plus status_detail and trace.
      body.remove("workforce");
      body.set("status_detail", run.statusDetail().deepCopy());
      body.set("trace", run.trace().deepCopy());
      return body;
    });
  }

  /**
   * A run's reactions, newest first.
   *
   * @param key the run's id or idempotency key
   * @return copies, empty when there is no such run
   */
  public synchronized Optional<List<ObjectNode>> reactions(String key) {
    return findRun(key).map(run -> run.reactions().stream().map(ObjectNode::deepCopy).toList());
  }

  /**
   * Adds a reaction to a run, newest, and makes its sentiment the run's last.
   *
   * @param key the run's id or idempotency key
   * @param reaction makes the reaction; called only when the run exists
   * @return whether the run exists
   */
  public synchronized boolean react(String key, Supplier<ObjectNode> reaction) {
    Optional<StoredRun> found = findRun(key);
    found.ifPresent(run -> {
      ObjectNode x = reaction.get();
      run.reactions().add(0, x);
      run.json().put("last_reaction_sentiment", x.path("sentiment").asText());
    });
    return found.isPresent();
  }

  /**
   * Adds a run made by the fake.
   *
   * @param run the run; the store keeps it
   * @return a copy of its JSON
   * @throws IllegalArgumentException when its id is taken
   */
  public synchronized ObjectNode add(StoredRun run) {
    if (runs.stream().anyMatch(x -> x.id().equals(run.id()))) {
      throw new IllegalArgumentException("a run with id " + run.id() + " already exists");
    }
    runs.add(run);
    return run.json().deepCopy();
  }

  /**
   * Adds a run given as raw JSON; its {@code status_detail} and {@code trace} are served by the detail only.
   *
   * @param raw the run; the store keeps a copy
   * @return a copy of it without those two
   * @throws IllegalArgumentException when it has no string id, the id is taken, or {@code created_at} is not
   *     ISO 8601
   */
  public ObjectNode addRawRun(ObjectNode raw) {
    ObjectNode json = raw.deepCopy();
    JsonNode detail = json.remove("status_detail");
    JsonNode trace = json.remove("trace");
    requireId(json);
    StoredRun run = new StoredRun(json, detail == null ? NullNode.getInstance() : detail,
        trace instanceof ArrayNode ? (ArrayNode) trace : Json.array(), null, Map.of());
    try {
      String created = Json.text(json, "created_at");
      if (created != null) {
        Instant.parse(created);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("created_at must be ISO 8601, was " + json.get("created_at"), e);
    }
    return add(run);
  }

  private Optional<StoredRun> findRun(String key) {
    for (StoredRun run : runs) {
      if (run.id().equals(key)) {
        return Optional.of(run);
      }
    }
    for (StoredRun run : runs) {
      if (key.equals(Json.text(run.json(), "idempotency_key"))) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  /** Sorts by the key, then by id, both in the requested direction; a run without the key sorts last. */
  static List<StoredRun> sortRuns(List<StoredRun> list, String key, boolean descending) {
    Comparator<StoredRun> byKey;
    switch (key) {
      case "id":
        byKey = Comparator.comparing(StoredRun::id);
        break;
      case "created_at":
        byKey = Comparator.comparing(StoredRun::createdAt);
        break;
      default:
        byKey = Comparator.comparing((StoredRun run) -> run.json().get(key), TimbalStore::compareNumbers);
    }
    Comparator<StoredRun> c = byKey.thenComparing(StoredRun::id);
    Comparator<StoredRun> directed = descending ? c.reversed() : c;
    List<StoredRun> nulls = new ArrayList<>();
    List<StoredRun> values = new ArrayList<>();
    for (StoredRun run : list) {
      JsonNode v = run.json().get(key);
      (v == null || v.isNull() ? nulls : values).add(run);
    }
    values.sort(directed);
    nulls.sort(Comparator.comparing(StoredRun::id));
    values.addAll(nulls);
    return values;
  }

  private static int compareNumbers(JsonNode a, JsonNode b) {
    return a.decimalValue().compareTo(b.decimalValue());
  }

  private static void requireId(ObjectNode json) {
    if (!json.path("id").isTextual()) {
      throw new IllegalArgumentException("the record needs a string id");
    }
  }
}
