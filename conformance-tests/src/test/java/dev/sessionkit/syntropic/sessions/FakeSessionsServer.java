package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.FakeHttpServer;
import dev.sessionkit.testkit.internal.HttpError;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.QueryString;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Times;
import dev.sessionkit.testkit.internal.syntropic.SessionListing;
import dev.sessionkit.testkit.internal.syntropic.SessionRoutes;
import dev.sessionkit.testkit.internal.syntropic.SessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Syntropic137's {@code GET /api/v1/sessions} on 127.0.0.1 over sessions a test chooses, served by the
 * testkit's one listing ({@link SessionListing}, {@link SessionStore}, {@link SessionRoutes}: the code behind
 * {@code FakeSyntropic}), with what a keyset-walk test needs to see of it: every request's query and
 * {@code X-Trace} header, the oldest {@code started_at} and the number of sessions each response held, and
 * how often each session was served.
 *
 * <p>The real server leaves two things to its database, and this fake fixes them so that a test can name
 * the sessions of a page: ties by id ascending and, on a server of May 2026, sessions without
 * {@code started_at} first (PostgreSQL's {@code DESC}); on a paging server they come last ({@code NULLS LAST}).
 * With {@code shuffleTies}, ties come in another order on each request, as the server promises none.
 */
final class FakeSessionsServer implements AutoCloseable {
  /** One stored session; {@code startedAt} may be null. */
  record Stored(String id, Instant startedAt, String status, String workflowId) {}

  /** One request as the fake saw it. */
  record Seen(Map<String, String> query, String trace, Instant oldestReturned, int returned) {}

  /** The order of a server of May 2026: null first, then newest first, then by id. */
  static final Comparator<Stored> ORDER = comparator(false);
  /** The order of a paging server: newest first, sessions without {@code started_at} last, then by id. */
  static final Comparator<Stored> PAGING_ORDER = comparator(true);

  private final boolean paging;
  private final FakeHttpServer server;
  private final SessionRoutes routes;
  private final List<Seen> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> served = new ConcurrentHashMap<>();

  /**
   * A fake of a server of May 2026.
   *
   * @param sessions the stored sessions, any order
   * @param shuffleTies whether sessions that share {@code started_at} come in a different order on each
   *     request (the server promises no order among them)
   */
  FakeSessionsServer(List<Stored> sessions, boolean shuffleTies) {
    this(sessions, shuffleTies, false);
  }

  private FakeSessionsServer(List<Stored> sessions, boolean shuffleTies, boolean paging) {
    this.paging = paging;
    SessionStore store = new SessionStore(paging, order(paging));
    sessions.forEach(s -> store.addRaw(summary(s)));
    this.routes = new SessionRoutes(store, r -> shuffleTies ? new Random(requests.size()) : null);
    this.server = FakeHttpServer.start("syntropic", routes.router(this::list), r -> { }, SessionRoutes.ERRORS);
  }

  /**
   * A fake of a server after May 2026, which pages.
   *
   * @param sessions the stored sessions, any order
   * @return the fake, started
   */
  static FakeSessionsServer paging(List<Stored> sessions) {
    return new FakeSessionsServer(sessions, false, true);
  }

  /** The order the fake lists in: {@link #ORDER}, or {@link #PAGING_ORDER} on a paging server. */
  Comparator<Stored> order() {
    return paging ? PAGING_ORDER : ORDER;
  }

  String baseUrl() {
    return server.origin() + SessionRoutes.PREFIX;
  }

  List<Seen> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many sessions were sent more than once (the inclusive bound sends a run of ties again). */
  long servedAgain() {
    return served.values().stream().filter(n -> n > 1).count();
  }

  @Override
  public void close() {
    server.close();
  }

  private static SessionListing.Order order(boolean paging) {
    return new SessionListing.Order(!paging, true);
  }

  /** {@link #order(boolean)} on this fixture's records: the listing's own comparator, not a copy of it. */
  private static Comparator<Stored> comparator(boolean paging) {
    Comparator<SessionListing.Listed> listed = order(paging).comparator();
    return Comparator.comparing(FakeSessionsServer::listed, listed);
  }

  private static SessionListing.Listed listed(Stored s) {
    return new SessionListing.Listed() {
      @Override
      public String id() {
        return s.id();
      }

      @Override
      public Instant startedAt() {
        return s.startedAt();
      }

      @Override
      public String status() {
        return s.status();
      }

      @Override
      public String workflowId() {
        return s.workflowId();
      }
    };
  }

  /** Answers through the one listing, and notes what the response held. */
  private Response list(Request r) {
    Map<String, String> query = new LinkedHashMap<>();
    QueryString.parse(r.rawQuery()).forEach((name, values) -> query.put(name, values.get(values.size() - 1)));
    String trace = r.header("X-Trace");
    Response response;
    try {
      response = routes.list(r);
    } catch (HttpError e) {
      requests.add(new Seen(query, trace, null, 0));
      throw e;
    }
    if (response.status() != 200) {
      requests.add(new Seen(query, trace, null, 0));
      return response;
    }
    Instant oldest = null;
    JsonNode page;
    try {
      page = Json.read(response.body()).path("sessions");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonNode s : page) {
      served.merge(s.path("id").asText(), 1, Integer::sum);
      if (s.path("started_at").isTextual()) {
        Instant t = OffsetDateTime.parse(s.path("started_at").asText().replace(' ', 'T')).toInstant();
        oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
      }
    }
    requests.add(new Seen(query, trace, oldest, page.size()));
    return response;
  }

  /** A session in the list shape of the real server, with this fixture's plain values around the four that matter. */
  private static ObjectNode summary(Stored s) {
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("workflow_id", s.workflowId());
    o.putNull("workflow_name");
    o.put("execution_id", "exec-" + s.id());
    o.putNull("phase_id");
    o.putNull("phase_display");
    o.put("status", s.status());
    o.put("agent_provider", "claude");
    o.put("agent_model", "claude-sonnet-4-6");
    o.put("agent_model_display", "Sonnet 4.6");
    o.putArray("repos").add("acme/api");
    o.put("repos_display", "acme/api");
    o.put("input_tokens", 100);
    o.put("output_tokens", 20);
    o.put("cache_creation_tokens", 0);
    o.put("cache_read_tokens", 5);
    o.put("total_tokens", 125);
    o.put("total_tokens_display", "125");
    o.put("total_cost_usd", "0.001500");
    o.put("total_cost_display", "$0.00");
    o.putNull("duration_seconds");
    o.put("duration_display", "\u2014");
    o.put("started_at", s.startedAt() == null ? null : Times.pythonStrUtc(s.startedAt()));
    o.putNull("completed_at");
    return o;
  }
}
