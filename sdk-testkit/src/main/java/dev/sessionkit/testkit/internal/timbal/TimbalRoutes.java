package dev.sessionkit.testkit.internal.timbal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Cursors;
import dev.sessionkit.testkit.internal.ErrorStyle;
import dev.sessionkit.testkit.internal.HttpAuth;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.QueryString;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Timbal fake's HTTP side: the compose-session, run and reaction routes, their query parsing and
 * {@code {code, message}} errors, cursor paging with tokens bound to the query, and the optional
 * {@code {"success": …}} wrapping. Thread-safe (the store is; the seed is used under its own lock).
 */
public final class TimbalRoutes {
  /** Timbal's error shape. */
  public static final ErrorStyle ERRORS = ErrorStyle.codeAndMessage();

  /**
   * The fake's settings the routes read.
   *
   * @param apiKey the bearer token every request must carry
   * @param orgId the one organisation
   * @param projectId the one project
   * @param pageSize the size of the runs' and reactions' pages
   * @param wrapInSuccess whether bodies are wrapped as {@code {"success": …}}
   * @param june2026 whether compose sessions are listed as of June 2026 (filtered by {@code rev}) rather than
   *     April 2026 (by {@code user_id})
   */
  public record Settings(String apiKey, String orgId, String projectId, int pageSize, boolean wrapInSuccess,
      boolean june2026) {}

  private final Settings settings;
  private final TimbalStore store;
  private final TimbalSeed seed;
  private final Clock clock;

  /**
   * @param settings the fake's settings
   * @param store the records
   * @param seed where a posted reaction's id comes from (used under its own lock)
   * @param clock when a posted reaction was made
   */
  public TimbalRoutes(Settings settings, TimbalStore store, TimbalSeed seed, Clock clock) {
    this.settings = settings;
    this.store = store;
    this.seed = seed;
    this.clock = clock;
  }

  /** The bearer-token check, Timbal's 401 otherwise. */
  public Router.Guard guard() {
    return HttpAuth.guard(settings.apiKey(), null, null, ERRORS, "Invalid or missing API key");
  }

  /** The routes. */
  public Router router() {
    String base = "/orgs/{org}/projects/{project}";
    return new Router(ERRORS, false)
        .route("GET", base + "/compose/sessions", this::listSessions)
        .route("GET", base + "/compose/sessions/{session}", this::getSession)
        .route("GET", base + "/runs", this::listRuns)
        .route("GET", base + "/runs/{run}", this::getRun)
        .route("GET", base + "/runs/{run}/reactions", this::listReactions)
        .route("POST", base + "/runs/{run}/reactions", this::addReaction);
  }

  private Response ok(JsonNode body) {
    return Response.ok(settings.wrapInSuccess() ? Json.object().set("success", body) : body);
  }

  private void checkProject(Request r) {
    if (!r.path("org").equals(settings.orgId()) || !r.path("project").equals(settings.projectId())) {
      throw ERRORS.fail(404, "Project " + r.path("project") + " not found in organization " + r.path("org"));
    }
  }

  private Response listSessions(Request r) {
    checkProject(r);
    // Each document takes one filter, and a server ignores a parameter it does not declare: 09d61f1 has user_id,
    // d8af300 has rev.
    String field = settings.june2026() ? "rev" : "user_id";
    ArrayNode out = Json.array();
    store.sessions(field, param(r, field)).forEach(out::add);
    return ok(out);
  }

  private Response getSession(Request r) {
    checkProject(r);
    return ok(store.session(r.path("session"))
        .orElseThrow(() -> ERRORS.fail(404, "Session " + r.path("session") + " not found")));
  }

  private Response listRuns(Request r) {
    checkProject(r);
    List<Predicate<StoredRun>> filters = new ArrayList<>();
    equalsFilter(filters, r, "user_id", run -> Json.text(run.json(), "user", "id"));
    equalsFilter(filters, r, "status", run -> Json.text(run.json(), "status"));
    equalsFilter(filters, r, "sentiment", run -> Json.text(run.json(), "last_reaction_sentiment"));
    equalsFilter(filters, r, "group_id", run -> Json.text(run.json(), "group_id"));
    equalsFilter(filters, r, "workforce_id", run -> Json.text(run.json(), "workforce", "id"));
    String rev = param(r, "rev");
    if (rev != null) {
      // Runs from before branches were recorded have none and always match (seed 002).
      filters.add(run -> run.rev() == null || run.rev().equals(rev));
    }
    Long from = epochMillis(r, "from");
    if (from != null) {
      filters.add(run -> run.createdAt().toEpochMilli() >= from);
    }
    Long to = epochMillis(r, "to");
    if (to != null) {
      filters.add(run -> run.createdAt().toEpochMilli() <= to);
    }
    String roots = param(r, "roots");
    if (roots != null) {
      if (!roots.equals("true") && !roots.equals("false")) {
        throw ERRORS.fail(400, "roots must be true or false, was '" + roots + "'");
      }
      if (roots.equals("true")) {
        filters.add(run -> Json.text(run.json(), "parent_id") == null);
      }
    }
    Map<String, String> metadata = metadataFilter(r);
    if (metadata != null) {
      filters.add(run -> run.metadata().entrySet().containsAll(metadata.entrySet()));
    }
    String sortBy = param(r, "sort_by") == null ? "created_at" : param(r, "sort_by");
    if (!TimbalStore.SORT_KEYS.contains(sortBy)) {
      throw ERRORS.fail(400, "sort_by must be one of " + String.join(", ", TimbalStore.SORT_KEYS) + ", was '"
          + sortBy + "'");
    }
    String order = param(r, "sort_order") == null ? "desc" : param(r, "sort_order");
    if (!order.equals("asc") && !order.equals("desc")) {
      throw ERRORS.fail(400, "sort_order must be asc or desc, was '" + order + "'");
    }
    List<ObjectNode> sorted = store.runs(run -> filters.stream().allMatch(f -> f.test(run)), sortBy,
        order.equals("desc"));
    return ok(pageBody("runs", cut(sorted, r, "runs")));
  }

  /** A page as Timbal writes one: its items under {@code field}, and the next page's token or null. */
  private static ObjectNode pageBody(String field, Cursors.Page<ObjectNode> page) {
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray(field);
    page.items().forEach(items::add);
    body.put("next_page_token", page.nextToken());
    return body;
  }

  /** One page of a cursor-paged list; the token is bound to every other query parameter. */
  private Cursors.Page<ObjectNode> cut(List<ObjectNode> sorted, Request r, String what) {
    StringBuilder query = new StringBuilder(what).append('|').append(r.rawPath());
    new TreeMap<>(QueryString.parse(r.rawQuery())).forEach((k, v) -> {
      if (!k.equals("page_token")) {
        query.append('|').append(k).append('=').append(v);
      }
    });
    Function<ObjectNode, String> id = x -> x.path("id").asText();
    try {
      return Cursors.page(sorted, id, param(r, "page_token"), query.toString(), settings.pageSize());
    } catch (IllegalArgumentException e) {
      throw ERRORS.fail(400, "Invalid page_token: " + e.getMessage());
    }
  }

  private Response getRun(Request r) {
    checkProject(r);
    return ok(store.runDetail(r.path("run")).orElseThrow(() -> runNotFound(r)));
  }

  private Response listReactions(Request r) {
    checkProject(r);
    List<ObjectNode> reactions = store.reactions(r.path("run")).orElseThrow(() -> runNotFound(r));
    return ok(pageBody("reactions", cut(reactions, r, "reactions")));
  }

  private Response addReaction(Request r) {
    checkProject(r);
    JsonNode body = r.jsonBodyOrNull();
    if (body == null || !body.isObject()) {
      throw ERRORS.fail(400, "The body must be a JSON object");
    }
    String sentiment = Json.text(body, "sentiment");
    if (sentiment == null || sentiment.isBlank() || !body.get("sentiment").isTextual()) {
      throw ERRORS.fail(400, "sentiment is required");
    }
    JsonNode feedback = body.get("feedback");
    if (feedback != null && !feedback.isNull() && !feedback.isTextual()) {
      throw ERRORS.fail(400, "feedback must be a string");
    }
    String text = feedback == null || feedback.isNull() ? null : feedback.asText();
    boolean found = store.react(r.path("run"), () -> {
      synchronized (seed) {
        return seed.reaction(sentiment, clock.instant(), text);
      }
    });
    if (!found) {
      throw runNotFound(r);
    }
    return Response.empty(204);
  }

  private static RuntimeException runNotFound(Request r) {
    return ERRORS.fail(404, "Run " + r.path("run") + " not found");
  }

  // ---- parameters --------------------------------------------------------------------------------------

  /** A query parameter; an empty value counts as absent, as the SDK never sends one. */
  private static String param(Request r, String name) {
    String v = r.query(name);
    return v == null || v.isEmpty() ? null : v;
  }

  private static void equalsFilter(List<Predicate<StoredRun>> filters, Request r, String name,
      Function<StoredRun, String> field) {
    String wanted = param(r, name);
    if (wanted != null) {
      filters.add(run -> wanted.equals(field.apply(run)));
    }
  }

  private static Long epochMillis(Request r, String name) {
    String v = param(r, name);
    if (v == null) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ERRORS.fail(400, name + " must be an integer (epoch milliseconds), was '" + v + "'");
    }
  }

  private static Map<String, String> metadataFilter(Request r) {
    String v = param(r, "metadata");
    if (v == null) {
      return null;
    }
    JsonNode node;
    try {
      node = Json.read(v.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw ERRORS.fail(400, "metadata must be a JSON object, was '" + v + "'");
    }
    Map<String, String> wanted = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      wanted.put(e.getKey(), e.getValue().asText());
    }
    return wanted;
  }
}
