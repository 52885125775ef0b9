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
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @return completes when the session is deleted
   * @see SessionService#delete(String, String)
   */
  default CompletableFuture<Void> delete(String agentId, String sessionId) {
    return delete(agentId, sessionId, RequestOptions.none());
  }

  /**
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @param options the call's options, not null
   * @return completes when the session is deleted
   * @see SessionService#delete(String, String, RequestOptions)
   */
  CompletableFuture<Void> delete(String agentId, String sessionId, RequestOptions options);

  /**
   * Probes a session's status.
   *
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @return the session's status
   * @see SessionService#status(String, String)
   */
  default CompletableFuture<SessionStatusResponse> status(String agentId, String sessionId) {
    return status(agentId, sessionId, RequestOptions.none());
  }

  /**
   * Probes a session's status with per-call options.
   *
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @param options the call's options, not null
   * @return the session's status
   * @see SessionService#status(String, String, RequestOptions)
   */
  CompletableFuture<SessionStatusResponse> status(String agentId, String sessionId, RequestOptions options);

  /**
   * Asks the server to interrupt a session's reply.
   *
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @return the server's acknowledgement
   * @see SessionService#interrupt(String, String)
   */
  default CompletableFuture<InterruptResponse> interrupt(String agentId, String sessionId) {
    return interrupt(agentId, sessionId, RequestOptions.none());
  }

  /**
   * Asks the server to interrupt a session's reply, with per-call options.
   *
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @param options the call's options, not null
   * @return the server's acknowledgement
   * @see SessionService#interrupt(String, String, RequestOptions)
   */
  CompletableFuture<InterruptResponse> interrupt(String agentId, String sessionId, RequestOptions options);

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
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @return the open stream
   * @see SessionService#stream(String, String)
   */
  default CompletableFuture<EventStream<AgentEvent>> stream(String agentId, String sessionId) {
    return stream(agentId, sessionId, RequestOptions.none());
  }

  /**
   * @param agentId the session's agent, not blank
   * @param sessionId the session, not blank
   * @param options the call's options, not null
   * @return the open stream
   * @see SessionService#stream(String, String, RequestOptions)
   */
  CompletableFuture<EventStream<AgentEvent>> stream(String agentId, String sessionId, RequestOptions options);

  /**
   * A session's messages, asynchronously.
   *
   * @return the messages service
   */
  AsyncMessageService messages();
}
