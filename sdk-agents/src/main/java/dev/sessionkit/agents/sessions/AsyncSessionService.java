package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.messages.AsyncMessageService;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.SessionUsage;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link SessionService}: each call runs on the client's executor, and its future
 * completes with the result or fails with the {@link dev.sessionkit.core.errors.SessionKitException} (or
 * argument exception) the blocking call would throw. Thread-safe.
 */
public interface AsyncSessionService {
  /**
   * @param request which agent, not null
   * @return the sessions and their count
   * @see SessionService#list(ListSessionsRequest)
   */
  default CompletableFuture<SessionList> list(ListSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * @param request which agent, not null
   * @param options the call's options, not null
   * @return the sessions and their count
   * @see SessionService#list(ListSessionsRequest, RequestOptions)
   */
  CompletableFuture<SessionList> list(ListSessionsRequest request, RequestOptions options);

  /**
   * @param request the new session, not null
   * @return the new session's id
   * @see SessionService#create(CreateSessionRequest)
   */
  default CompletableFuture<CreateSessionResponse> create(CreateSessionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * @param request the new session, not null
   * @param options the call's options, not null
   * @return the new session's id
   * @see SessionService#create(CreateSessionRequest, RequestOptions)
   */
  CompletableFuture<CreateSessionResponse> create(CreateSessionRequest request, RequestOptions options);

  /**
   * @param request the changes, not null
   * @return the session as stored after the change
   * @see SessionService#update(UpdateSessionRequest)
   */
  default CompletableFuture<SessionRecord> update(UpdateSessionRequest request) {
    return update(request, RequestOptions.none());
  }

  /**
   * @param request the changes, not null
   * @param options the call's options, not null
   * @return the session as stored after the change
   * @see SessionService#update(UpdateSessionRequest, RequestOptions)
   */
  CompletableFuture<SessionRecord> update(UpdateSessionRequest request, RequestOptions options);

  /**
   * @param session the session, not null
   * @return completes when the session is deleted
   * @see SessionService#delete(SessionRef)
   */
  default CompletableFuture<Void> delete(SessionRef session) {
    return delete(session, RequestOptions.none());
  }

  /**
   * @param session the session, not null
   * @param options the call's options, not null
   * @return completes when the session is deleted
   * @see SessionService#delete(SessionRef, RequestOptions)
   */
  CompletableFuture<Void> delete(SessionRef session, RequestOptions options);

  /**
   * Probes a session's status.
   *
   * @param session the session, not null
   * @return the session's status
   * @see SessionService#status(SessionRef)
   */
  default CompletableFuture<SessionStatusResponse> status(SessionRef session) {
    return status(session, RequestOptions.none());
  }

  /**
   * Probes a session's status with per-call options.
   *
   * @param session the session, not null
   * @param options the call's options, not null
   * @return the session's status
   * @see SessionService#status(SessionRef, RequestOptions)
   */
  CompletableFuture<SessionStatusResponse> status(SessionRef session, RequestOptions options);

  /**
   * Asks the server to interrupt a session's reply.
   *
   * @param session the session, not null
   * @return the server's acknowledgement
   * @see SessionService#interrupt(SessionRef)
   */
  default CompletableFuture<InterruptResponse> interrupt(SessionRef session) {
    return interrupt(session, RequestOptions.none());
  }

  /**
   * Asks the server to interrupt a session's reply, with per-call options.
   *
   * @param session the session, not null
   * @param options the call's options, not null
   * @return the server's acknowledgement
   * @see SessionService#interrupt(SessionRef, RequestOptions)
   */
  CompletableFuture<InterruptResponse> interrupt(SessionRef session, RequestOptions options);

  /**
   * The session with its real token usage, from its messages.
   *
   * @param view the session, not null
   * @return the usage
   * @see SessionService#usage(SessionView)
   */
  default CompletableFuture<SessionUsage> usage(SessionView view) {
    return usage(view, RequestOptions.none());
  }

  /**
   * The session with its real token usage, with per-call options.
   *
   * @param view the session, not null
   * @param options the options of every request, not null
   * @return the usage
   * @see SessionService#usage(SessionView, RequestOptions)
   */
  CompletableFuture<SessionUsage> usage(SessionView view, RequestOptions options);

  /**
   * @param request the session and the input, not null
   * @return the server's acknowledgement
   * @see SessionService#chat(ChatRequest)
   */
  default CompletableFuture<ChatResponse> chat(ChatRequest request) {
    return chat(request, RequestOptions.none());
  }

  /**
   * @param request the session and the input, not null
   * @param options the call's options, not null
   * @return the server's acknowledgement
   * @see SessionService#chat(ChatRequest, RequestOptions)
   */
  CompletableFuture<ChatResponse> chat(ChatRequest request, RequestOptions options);

  /**
   * Opens the stream on the client's executor; reading it then blocks, as {@link EventStream} does.
   *
   * @param session the session, not null
   * @return the open stream
   * @see SessionService#stream(SessionRef)
   */
  default CompletableFuture<EventStream<AgentEvent>> stream(SessionRef session) {
    return stream(session, RequestOptions.none());
  }

  /**
   * @param session the session, not null
   * @param options the call's options, not null
   * @return the open stream
   * @see SessionService#stream(SessionRef, RequestOptions)
   */
  CompletableFuture<EventStream<AgentEvent>> stream(SessionRef session, RequestOptions options);

  /**
   * A session's messages, asynchronously.
   *
   * @return the messages service
   */
  AsyncMessageService messages();
}
