package dev.sessionkit.agents.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessageService;
import dev.sessionkit.agents.messages.Message;
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
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.http.ResponseReader;
import dev.sessionkit.core.internal.sse.SseEventStream;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.internal.sse.ServerSentEvent;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import java.util.Objects;

/**
 * {@link SessionService} over the transport. The collection routes end in a slash ({@code /sessions/},
 * {@code /chat/}) as FastAPI declares them: without it the server answers with a redirect.
 */
public final class DefaultSessionService implements SessionService {
  private final HttpTransport transport;
  private final MessageService messages;
  private final ObjectReader eventReader;

  /**
   * @param transport the client's transport
   */
  public DefaultSessionService(HttpTransport transport) {
    this.transport = transport;
    this.messages = new DefaultMessageService(transport);
    this.eventReader = transport.json().readerFor(AgentEvent.class);
  }

  @Override
  public SessionList list(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    ApiRequest get = ApiRequest.get("sessions").trailingSlash().query("agent_id", request.agentId()).build();
    return transport.executeJson(get, Objects.requireNonNull(options, "options"), SessionList.class);
  }

  @Override
  public CreateSessionResponse create(CreateSessionRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    ApiRequest post = ApiRequest.post("sessions").trailingSlash().jsonBody(Bodies.create(request)).build();
    return transport.executeJson(post, Objects.requireNonNull(options, "options"), CreateSessionResponse.class);
  }

  @Override
  public SessionRecord update(UpdateSessionRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    ApiRequest patch = ApiRequest.patch("sessions", request.sessionId())
        .query("agent_id", request.agentId())
        .jsonBody(Bodies.update(request))
        .build();
    return transport.executeJson(patch, Objects.requireNonNull(options, "options"), SessionRecord.class);
  }

  @Override
  public void delete(SessionRef session, RequestOptions options) {
    Arguments.requireNonNull(session, "session");
    ApiRequest delete = ApiRequest.delete("sessions", session.sessionId()).query("agent_id", session.agentId())
        .build();
    transport.execute(delete, Objects.requireNonNull(options, "options"), ResponseReader.discarding());
  }

  @Override
  public SessionStatusResponse status(SessionRef session, RequestOptions options) {
    Arguments.requireNonNull(session, "session");
    ApiRequest get = ApiRequest.get("sessions", session.sessionId(), "status")
        .query("agent_id", session.agentId())
        .build();
    return transport.executeJson(get, Objects.requireNonNull(options, "options"), SessionStatusResponse.class);
  }

  @Override
  public InterruptResponse interrupt(SessionRef session, RequestOptions options) {
    Arguments.requireNonNull(session, "session");
    ApiRequest post = ApiRequest.post("sessions", session.sessionId(), "interrupt")
        .query("agent_id", session.agentId())
        .build();
    return transport.executeJson(post, Objects.requireNonNull(options, "options"), InterruptResponse.class);
  }

  @Override
  public ChatResponse chat(ChatRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    ApiRequest post = ApiRequest.post("chat").trailingSlash().jsonBody(Bodies.chat(request)).build();
    return transport.executeJson(post, Objects.requireNonNull(options, "options"), ChatResponse.class);
  }

  @Override
  public EventStream<AgentEvent> stream(SessionRef session, RequestOptions options) {
    Arguments.requireNonNull(session, "session");
    Objects.requireNonNull(options, "options");
    String sessionId = session.sessionId();
    ApiRequest get = ApiRequest.get("sessions", sessionId, "stream")
        .query("agent_id", session.agentId())
        .header("Accept", "text/event-stream")
        .build();
    String description = "GET /sessions/" + sessionId + "/stream";
    return new SseEventStream<>(transport.openStream(get, options), e -> event(e, description), description);
  }

  @Override
  public SessionUsage usage(SessionView view, RequestOptions options) {
    Objects.requireNonNull(view, "view");
    ListMessagesRequest all = ListMessagesRequest.builder().session(view.ref()).build();
    TokenUsage tokens = TokenUsage.zero();
    for (Message m : messages.listAll(all, Objects.requireNonNull(options, "options"))) {
      tokens = tokens.plus(m.tokens());
    }
    return view.toSessionUsage(tokens);
  }

  @Override
  public MessageService messages() {
    return messages;
  }

  /** One frame's data as an event; null (skipped) for a frame with no data. */
  private AgentEvent event(ServerSentEvent frame, String description) {
    if (frame.data().isBlank()) {
      return null;
    }
    try {
      return eventReader.readValue(frame.data());
    } catch (JsonProcessingException e) {
      throw new ResponseParseException("could not read an event of " + description + ": " + e.getOriginalMessage(),
          200, "text/event-stream", e);
    }
  }
}
