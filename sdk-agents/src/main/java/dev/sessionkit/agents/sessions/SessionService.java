package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.messages.MessageService;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.SessionUsage;

/**
 * AgentScope sessions: list, create, update and delete them, start runs and follow them live. Reached through
 * {@code agents.sessions()}. Every call sends the client's {@code x-user-id}; the server answers 404 for an
 * agent or session that is not the caller's. A call about one session takes a {@link SessionRef} (its agent
 * and its id together), or a request object that holds both. Thread-safe.
 *
 * <pre>{@code
 * SessionList list = agents.sessions().list(ListSessionsRequest.builder().agentId("agent-1").build());
 * SessionRef session = list.sessions().get(0).ref();
 * agents.sessions().chat(ChatRequest.builder().session(session).input(Message.user("alice", "Go on")).build());
 * try (EventStream<AgentEvent> events = agents.sessions().stream(session)) {
 *   events.forEachRemaining(System.out::println);
 * }
 * }</pre>
 */
public interface SessionService {
  /**
   * Lists an agent's sessions, newest first ({@code GET /sessions/?agent_id=}). Not paged.
   *
   * @param request which agent, not null
   * @return the sessions and their count
   * @throws dev.sessionkit.core.errors.NotFoundException if the agent is not the caller's
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default SessionList list(ListSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * Lists an agent's sessions with per-call options.
   *
   * @param request which agent, not null
   * @param options the call's options, not null
   * @return the sessions and their count
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  SessionList list(ListSessionsRequest request, RequestOptions options);

  /**
   * Creates a session ({@code POST /sessions/}). Never retried: a retry could create a second session.
   *
   * @param request the new session, not null
   * @return the new session's id
   * @throws dev.sessionkit.core.errors.NotFoundException if the agent, credential or workspace is not the caller's
   * @throws dev.sessionkit.core.errors.UnprocessableEntityException if the server refuses the fields
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default CreateSessionResponse create(CreateSessionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a session with per-call options.
   *
   * @param request the new session, not null
   * @param options the call's options, not null
   * @return the new session's id
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  CreateSessionResponse create(CreateSessionRequest request, RequestOptions options);

  /**
   * Updates some of a session's fields ({@code PATCH /sessions/{id}?agent_id=}): fields left alone are not
   * sent, cleared ones are sent as {@code null}. Never retried.
   *
   * @param request the changes, not null
   * @return the session as stored after the change
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is not the caller's
   * @throws dev.sessionkit.core.errors.ConflictException if a run of the session is active: the server refuses
   *     to change a running session's configuration (never retried; wait for the run, or interrupt it)
   * @throws dev.sessionkit.core.errors.UnprocessableEntityException if the server refuses a value
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default SessionRecord update(UpdateSessionRequest request) {
    return update(request, RequestOptions.none());
  }

  /**
   * Updates some of a session's fields with per-call options.
   *
   * @param request the changes, not null
   * @param options the call's options, not null
   * @return the session as stored after the change
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  SessionRecord update(UpdateSessionRequest request, RequestOptions options);

  /**
   * Deletes a session ({@code DELETE /sessions/{id}?agent_id=}, 204).
   *
   * @param session the session, not null
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is not the caller's
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default void delete(SessionRef session) {
    delete(session, RequestOptions.none());
  }

  /**
   * Deletes a session with per-call options.
   *
   * @param session the session, not null
   * @param options the call's options, not null
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  void delete(SessionRef session, RequestOptions options);

  /**
   * Probes a session's one current status ({@code GET /sessions/{id}/status?agent_id=}): {@code running},
   * {@code idle}, or parked on a confirmation or an external result. Retried like every {@code GET}.
   *
   * @param session the session, not null
   * @return the session's status
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is not the caller's, or the server
   *     predates the endpoint (July 2026, agentscope#1984)
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default SessionStatusResponse status(SessionRef session) {
    return status(session, RequestOptions.none());
  }

  /**
   * Probes a session's status with per-call options.
   *
   * @param session the session, not null
   * @param options the call's options, not null
   * @return the session's status
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  SessionStatusResponse status(SessionRef session, RequestOptions options);

  /**
   * Asks the server to interrupt a session's reply ({@code POST /sessions/{id}/interrupt?agent_id=}, 202): a
   * running reply is cancelled, one parked on a confirmation or an external result is ended the same way, and
   * an idle session is left alone. The server only accepts the request: follow {@link #stream(SessionRef)}
   * or {@link #status(SessionRef)} to see the reply end. Never retried (a {@code POST}), although the
   * server treats a second interrupt as a no-op.
   *
   * @param session the session, not null
   * @return the server's acknowledgement
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is not the caller's
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default InterruptResponse interrupt(SessionRef session) {
    return interrupt(session, RequestOptions.none());
  }

  /**
   * Asks the server to interrupt a session's reply, with per-call options.
   *
   * @param session the session, not null
   * @param options the call's options, not null
   * @return the server's acknowledgement
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  InterruptResponse interrupt(SessionRef session, RequestOptions options);

  /**
   * Starts a run of a session ({@code POST /chat/}); follow it with {@link #stream(SessionRef)}. Never
   * retried: a retry could start a second run.
   *
   * @param request the session and the input, not null
   * @return the server's acknowledgement
   * @throws dev.sessionkit.core.errors.ConflictException if a run of the session is already active
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is not the caller's
   * @throws dev.sessionkit.core.errors.UnprocessableEntityException if the server refuses the input
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default ChatResponse chat(ChatRequest request) {
    return chat(request, RequestOptions.none());
  }

  /**
   * Starts a run of a session with per-call options.
   *
   * @param request the session and the input, not null
   * @param options the call's options, not null
   * @return the server's acknowledgement
   * @throws dev.sessionkit.core.errors.ConflictException if a run of the session is already active
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  ChatResponse chat(ChatRequest request, RequestOptions options);

  /**
   * Follows a session live ({@code GET /sessions/{id}/stream?agent_id=}, Server-Sent Events): each event as it
   * arrives, heartbeats skipped. The connection stays open until the server ends it or the stream is closed;
   * close it (try-with-resources), also when an event fails to read. {@code close()} may be called from
   * another thread: a blocked {@code hasNext()} then returns false.
   *
   * @param session the session, not null
   * @return the open stream
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is not the caller's
   * @throws dev.sessionkit.core.errors.SessionKitException if the stream cannot be opened; its
   *     {@code hasNext()} throws one if the connection breaks or an event is not JSON
   */
  default EventStream<AgentEvent> stream(SessionRef session) {
    return stream(session, RequestOptions.none());
  }

  /**
   * Follows a session live with per-call options (the timeout applies to the wait for the response headers).
   *
   * @param session the session, not null
   * @param options the call's options, not null
   * @return the open stream
   * @throws NullPointerException if {@code session} is null
   * @throws dev.sessionkit.core.errors.SessionKitException if the stream cannot be opened
   */
  EventStream<AgentEvent> stream(SessionRef session, RequestOptions options);

  /**
   * The session in the cross-vendor form with its real token usage, added up from every one of its messages
   * (each assistant message carries its {@code usage}). Current servers clear the context of listed sessions,
   * so {@link SessionView#toSessionUsage()} finds no tokens there; the messages are where every server still
   * reports them. It reads the session's messages a page at a time, in constant memory, in pages of
   * {@value dev.sessionkit.agents.messages.ListMessagesRequest#MAX_LIMIT} (one request per page).
   *
   * @param view the session, as {@link #list(ListSessionsRequest)} gave it, not null
   * @return the usage, with the view's id, status, model and times and the messages' tokens
   * @throws dev.sessionkit.core.errors.NotFoundException if the session is gone or not the caller's
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default SessionUsage usage(SessionView view) {
    return usage(view, RequestOptions.none());
  }

  /**
   * The session's real token usage with per-call options, applied to every page of its messages.
   *
   * @param view the session, not null
   * @param options the options of every request, not null
   * @return the usage
   * @throws dev.sessionkit.core.errors.SessionKitException if a request fails
   */
  SessionUsage usage(SessionView view, RequestOptions options);

  /**
   * A session's messages.
   *
   * @return the messages service
   */
  MessageService messages();
}
