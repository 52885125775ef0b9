package dev.sessionkit.agents.internal;

import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.messages.AsyncMessageService;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.MessageService;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.AsyncSessionService;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.ChatResponse;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.CreateSessionResponse;
import dev.sessionkit.agents.sessions.InterruptResponse;
import dev.sessionkit.agents.sessions.ListSessionsRequest;
import dev.sessionkit.agents.sessions.SessionList;
import dev.sessionkit.agents.sessions.SessionRecord;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.SessionStatusResponse;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.agents.sessions.SessionService;
import dev.sessionkit.agents.sessions.UpdateSessionRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.ExecutorAsyncAutoPager;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.SessionUsage;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncSessionService}: each blocking call of the sync service, run on the client's executor. */
public final class DefaultAsyncSessionService implements AsyncSessionService {
  private final HttpTransport transport;
  private final SessionService sync;
  private final AsyncMessageService messages;

  /**
   * @param transport the client's transport, for its executor
   * @param sync the blocking service the calls run
   */
  public DefaultAsyncSessionService(HttpTransport transport, SessionService sync) {
    this.transport = transport;
    this.sync = sync;
    this.messages = new Messages(transport, sync.messages());
  }

  @Override
  public CompletableFuture<SessionList> list(ListSessionsRequest request, RequestOptions options) {
    return transport.async(() -> sync.list(request, options));
  }

  @Override
  public CompletableFuture<CreateSessionResponse> create(CreateSessionRequest request, RequestOptions options) {
    return transport.async(() -> sync.create(request, options));
  }

  @Override
  public CompletableFuture<SessionRecord> update(UpdateSessionRequest request, RequestOptions options) {
    return transport.async(() -> sync.update(request, options));
  }

  @Override
  public CompletableFuture<Void> delete(SessionRef session, RequestOptions options) {
    return transport.async(() -> {
      sync.delete(session, options);
      return null;
    });
  }

  @Override
  public CompletableFuture<SessionStatusResponse> status(SessionRef session, RequestOptions options) {
    return transport.async(() -> sync.status(session, options));
  }

  @Override
  public CompletableFuture<InterruptResponse> interrupt(SessionRef session, RequestOptions options) {
    return transport.async(() -> sync.interrupt(session, options));
  }

  @Override
  public CompletableFuture<SessionUsage> usage(SessionView view, RequestOptions options) {
    return transport.async(() -> sync.usage(view, options));
  }

  @Override
  public CompletableFuture<ChatResponse> chat(ChatRequest request, RequestOptions options) {
    return transport.async(() -> sync.chat(request, options));
  }

  @Override
  public CompletableFuture<EventStream<AgentEvent>> stream(SessionRef session, RequestOptions options) {
    return transport.async(() -> sync.stream(session, options));
  }

  @Override
  public AsyncMessageService messages() {
    return messages;
  }

  private static final class Messages implements AsyncMessageService {
    private final HttpTransport transport;
    private final MessageService sync;

    Messages(HttpTransport transport, MessageService sync) {
      this.transport = transport;
      this.sync = sync;
    }

    @Override
    public CompletableFuture<MessagePage> list(ListMessagesRequest request, RequestOptions options) {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(options, "options");
      // As listAll: a cursor of another listing is thrown on the calling thread, before any request.
      DefaultMessageService.start(request);
      return transport.async(() -> sync.list(request, options));
    }

    @Override
    public AsyncAutoPager<Message> listAll(ListMessagesRequest request, RequestOptions options) {
      Objects.requireNonNull(request, "request");
      DefaultMessageService.requirePageable(options);
      // A cursor of another listing is refused now, as the blocking listAll refuses it, before any request.
      DefaultMessageService.start(request);
      return new ExecutorAsyncAutoPager<>(() -> sync.list(request, options), transport.executor());
    }
  }
}
