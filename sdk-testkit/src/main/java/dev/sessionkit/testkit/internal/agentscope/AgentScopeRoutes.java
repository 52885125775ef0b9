package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.ErrorStyle;
import dev.sessionkit.testkit.internal.FastApiValidation;
import dev.sessionkit.testkit.internal.HttpError;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Router;
import dev.sessionkit.testkit.internal.Sse;
import dev.sessionkit.testkit.internal.agentscope.AgentScopeStore.Refused;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The AgentScope fake's HTTP side: the session, message, status, interrupt, chat and stream routes, their
 * parameters with FastAPI's validation errors (every problem of a request in one 422, then the empty
 * {@code x-user-id}'s 401), the server's 404/409/500 answers, message paging, the event streams and the
 * response bodies. Thread-safe (the store is).
 */
public final class AgentScopeRoutes {
  /** AgentScope's error shape: FastAPI's {@code {"detail": …}}. */
  public static final ErrorStyle ERRORS = ErrorStyle.fastApi();

  private static final List<String> CONFIG_OBJECTS =
      List.of("chat_model_config", "fallback_chat_model_config", "tts_model_config", "knowledge_config");

  private final AgentScopeStore store;
  private final boolean offsetPaging;
  private final Duration streamDelay;

  /**
   * @param store the records
   * @param offsetPaging whether messages page by {@code offset} with no {@code has_more}, as servers before
   *     2.0.4.post1 did, rather than by {@code before}
   * @param streamDelay the pause before each frame of an event stream
   */
  public AgentScopeRoutes(AgentScopeStore store, boolean offsetPaging, Duration streamDelay) {
    this.store = store;
    this.offsetPaging = offsetPaging;
    this.streamDelay = streamDelay;
  }

  /** The routes; a path without its trailing slash is redirected (307), as FastAPI does. */
  public Router router() {
    return new Router(ERRORS, true)
        .route("GET", "/sessions/", this::list)
        .route("POST", "/sessions/", this::create)
        .route("PATCH", "/sessions/{id}", this::update)
        .route("DELETE", "/sessions/{id}", this::delete)
        .route("GET", "/sessions/{id}/messages", this::listMessages)
        .route("GET", "/sessions/{id}/status", this::status)
        .route("POST", "/sessions/{id}/interrupt", this::interrupt)
        .route("GET", "/sessions/{id}/stream", this::stream)
        .route("POST", "/chat/", this::chat);
  }

  // ---- validation ----------------------------------------------------------------------------------------

  /** Records a missing {@code x-user-id} with the request's other validation errors, as FastAPI does. */
  private static String caller(FastApiValidation v, Request r) {
    String user = r.header("x-user-id");
    if (user == null) {
      v.missing("header", "x-user-id");
    }
    return user;
  }

  /** Ends validation (422), then refuses an empty identity (401), as the server's dependency does. */
  private static void validated(FastApiValidation v, String user) {
    v.throwIfAny();
    if (user.isBlank()) {
      throw ERRORS.fail(401, "x-user-id header must not be empty");
    }
  }

  /** The session config fields a create or update body may carry: strings and configs, each nullable. */
  private static void checkConfig(FastApiValidation v, ObjectNode body) {
    if (body != null) {
      v.optionalString(body, "workspace_id");
      v.optionalString(body, "name");
      v.optionalString(body, "cwd");
      CONFIG_OBJECTS.forEach(f -> v.optionalObject(body, f));
    }
  }

  /** A route whose only parameter is {@code agent_id}, and whose session is the path's. */
  private record Target(String user, String agentId, String sessionId) {}

  /** Validates a route whose only parameter is {@code agent_id}: 422 or 401 as the server answers them. */
  private static Target target(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    validated(v, user);
    return new Target(user, agentId, r.path("id"));
  }

  /**
   * Asks the store, answering a refusal as the server does: 404 for an agent or session that is not the
   * caller's, 409 (with the route's {@code busy} text) for a session with a run in progress, and the bare 500
   * of a null {@code name}: SessionConfig.name is a str, so the server's model_validate fails inside the handler.
   */
  private static <T> T ask(String agentId, String sessionId, String busy, Supplier<T> call) {
    try {
      return call.get();
    } catch (Refused e) {
      throw switch (e.reason) {
        case NO_AGENT -> ERRORS.fail(404, "Agent not found: " + agentId);
        case NO_SESSION -> ERRORS.fail(404, "Session not found: " + sessionId);
        case RUNNING -> ERRORS.fail(409, busy);
        case NULL_NAME -> new HttpError(Response.text(500, "Internal Server Error"));
      };
    }
  }

  private static <T> T ask(Target t, Supplier<T> call) {
    return ask(t.agentId(), t.sessionId(), null, call);
  }

  // ---- routes --------------------------------------------------------------------------------------------

  private Response list(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    validated(v, user);
    List<ObjectNode> views = ask(agentId, null, null, () -> store.list(user, agentId));
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("sessions");
    views.forEach(items::add);
    body.put("total", items.size());
    return Response.ok(body);
  }

  private Response create(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    ObjectNode body = v.objectBody(r);
    String agentId = body == null ? null : v.requiredString(body, "agent_id");
    checkConfig(v, body);
    validated(v, user);
    String id = ask(agentId, null, null, () -> store.create(user, agentId, body));
    return Response.json(201, Json.object().put("session_id", id));
  }

  private Response update(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    ObjectNode body = v.objectBody(r);
    checkConfig(v, body);
    if (body != null) {
      v.optionalString(body, "permission_mode");
    }
    validated(v, user);
    String sessionId = r.path("id");
    return Response.ok(ask(agentId, sessionId, "Cannot modify session configuration while the session is running.",
        () -> store.update(user, agentId, sessionId, body)));
  }

  private Response delete(Request r) {
    Target t = target(r);
    ask(t, () -> {
      store.delete(t.user(), t.agentId(), t.sessionId());
      return null;
    });
    return Response.empty(204);
  }

  /**
   * Messages as the server of the builder's choice pages them: by default as 2.0.4.post1 and newer do (the page
   * before {@code before}, or the latest, oldest first within it, and {@code has_more}; {@code offset} accepted
   * and ignored; an unknown cursor is an empty last page), else by {@code offset} with no {@code has_more}.
   */
  private Response listMessages(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    int offset = v.intQuery(r, "offset", 0, offsetPaging ? 0 : null, null);
    int limit = v.intQuery(r, "limit", 50, 1, 200);
    String before = r.query("before");
    validated(v, user);
    String sessionId = r.path("id");
    AgentScopeStore.MessagePage page = ask(agentId, sessionId, null, () -> store.messages(user, agentId, sessionId,
        all -> offsetPaging ? MessageWindow.fromOffset(all.size(), offset, limit)
            : MessageWindow.before(all, before, limit)));
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("messages");
    page.messages().forEach(items::add);
    body.put("is_running", page.running());
    if (!offsetPaging) {
      body.put("has_more", page.hasMore());
    }
    return Response.ok(body);
  }

  private Response status(Request r) {
    Target t = target(r);
    String status = ask(t, () -> store.status(t.user(), t.agentId(), t.sessionId()));
    return Response.ok(Json.object().put("session_id", t.sessionId()).put("status", status));
  }

  /** Interrupts the session's run, if any (see {@link AgentScopeStore}); 202 either way. */
  private Response interrupt(Request r) {
    Target t = target(r);
    ask(t, () -> {
      store.interrupt(t.user(), t.agentId(), t.sessionId());
      return null;
    });
    return Response.json(202, Json.object().put("session_id", t.sessionId()));
  }

  private Response chat(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    ObjectNode body = v.objectBody(r);
    String agentId = null;
    String sessionId = null;
    if (body != null) {
      agentId = v.requiredString(body, "agent_id");
      sessionId = v.requiredString(body, "session_id");
      if (!body.hasNonNull("input")) {
        v.missing("body", "input");
      }
    }
    validated(v, user);
    String agent = agentId;
    String session = sessionId;
    ask(agent, session, "Session " + session + " is already running", () -> {
      store.chat(user, agent, session, body.get("input"));
      return null;
    });
    return Response.ok(Json.object().put("status", "started").put("session_id", session));
  }

  /** The run in progress as {@code data:} frames with {@code :} heartbeats; with none, the stream ends at once. */
  private Response stream(Request r) {
    Target t = target(r);
    AgentScopeStore.Playback playback = ask(t, () -> store.playback(t.user(), t.agentId(), t.sessionId()));
    return Response.stream(200, Sse.CONTENT_TYPE, out -> play(out, playback));
  }

  private void play(OutputStream out, AgentScopeStore.Playback playback) throws IOException, InterruptedException {
    Sse.heartbeat(out);
    if (playback.run() == null) {
      return;
    }
    try {
      for (ObjectNode event : playback.run().events()) {
        Thread.sleep(streamDelay.toMillis());
        ObjectNode interrupted = store.interruptedEnd(playback);
        if (interrupted != null) {
          // Interrupted while it played: the run ends as the interrupt left its reply.
          Sse.data(out, interrupted);
          return;
        }
        Sse.data(out, event);
        if ("TOOL_RESULT_END".equals(Json.text(event, "type"))) {
          Sse.heartbeat(out);
        }
      }
    } finally {
      // However the stream ended, the run is over: its reply joins the messages once.
      store.end(playback);
    }
  }
}
