package dev.sessionkit.reliability;

import static dev.sessionkit.reliability.Clients.ORG;
import static dev.sessionkit.reliability.Clients.PROJECT;

import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.UpdateSessionRequest;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every endpoint family of the three vendors that the SDK calls, with realistic bodies. */
final class Endpoints {
  static final String JSON = "application/json";
  static final String SSE = "text/event-stream";

  static final String TIMBAL_PROJECT = "/timbal/orgs/" + ORG + "/projects/" + PROJECT;
  static final String RUN_ID = "run_01JT2K8M3R";
  static final String COMPOSE_ID = "cs_01JSX8Q4N2";
  static final String SYN_PREFIX = "/syn/api/v1";
  static final String SYN_ID = "a1b2c3d4";
  static final String AGENT_ID = "agt-7f3a";
  static final String SESSION_ID = "sess-9c1e";

  private Endpoints() {}

  static final Endpoint TIMBAL_COMPOSE_LIST = new Endpoint("timbal compose sessions list", "GET",
      TIMBAL_PROJECT + "/compose/sessions", 200, JSON, Bodies.text("timbal-compose-sessions.json"),
      c -> c.timbal.composeSessions().list(ListComposeSessionsRequest.builder().userId("maria@acme.example").build()));

  static final Endpoint TIMBAL_COMPOSE_GET = new Endpoint("timbal compose session get", "GET",
      TIMBAL_PROJECT + "/compose/sessions/" + COMPOSE_ID, 200, JSON, Bodies.text("timbal-compose-session.json"),
      c -> c.timbal.composeSessions().get(GetComposeSessionRequest.builder().sessionId(COMPOSE_ID).build()));

  static final Endpoint TIMBAL_RUNS_LIST = new Endpoint("timbal runs list", "GET", TIMBAL_PROJECT + "/runs", 200,
      JSON, Bodies.text("timbal-runs.json"),
      c -> c.timbal.runs().list(ListRunsRequest.builder().status("success").build()).items());

  static final Endpoint TIMBAL_RUN_GET = new Endpoint("timbal run get", "GET", TIMBAL_PROJECT + "/runs/" + RUN_ID,
      200, JSON, Bodies.text("timbal-run.json"),
      c -> c.timbal.runs().get(GetRunRequest.builder().runId(RUN_ID).build()));

  static final Endpoint TIMBAL_REACTIONS_LIST = new Endpoint("timbal reactions list", "GET",
      TIMBAL_PROJECT + "/runs/" + RUN_ID + "/reactions", 200, JSON, Bodies.text("timbal-reactions.json"),
      c -> c.timbal.runs().reactions().list(ListReactionsRequest.builder().runId(RUN_ID).build()).items());

  static final Endpoint TIMBAL_REACTION_CREATE = new Endpoint("timbal reaction create", "POST",
      TIMBAL_PROJECT + "/runs/" + RUN_ID + "/reactions", 204, JSON, null,
      c -> {
        c.timbal.runs().reactions().create(CreateReactionRequest.builder().runId(RUN_ID).sentiment("positive")
            .feedback("Spot on").build());
        return "done";
      });

  static final Endpoint SYN_LIST = new Endpoint("syntropic sessions list", "GET", SYN_PREFIX + "/sessions", 200,
      JSON, Bodies.text("syntropic-sessions.json"),
      c -> c.syntropic.sessions().list(ListSessionsRequest.builder().status("completed").limit(50).build()));

  static final Endpoint SYN_LIST_ALL = new Endpoint("syntropic sessions listAll", "GET", SYN_PREFIX + "/sessions",
      200, JSON, Bodies.text("syntropic-sessions.json"),
      c -> c.syntropic.sessions().listAll(ListSessionsRequest.builder().workflowId("wf-release").build()).stream()
          .collect(Collectors.toList()));

  static final Endpoint SYN_GET = new Endpoint("syntropic session get", "GET", SYN_PREFIX + "/sessions/" + SYN_ID,
      200, JSON, Bodies.text("syntropic-session.json"), c -> c.syntropic.sessions().get(SYN_ID));

  static final Endpoint AGENTS_LIST = new Endpoint("agents sessions list", "GET", "/agents/sessions/", 200, JSON,
      Bodies.text("agents-sessions.json"),
      c -> c.agents.sessions().list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(AGENT_ID)
          .build()));

  static final Endpoint AGENTS_CREATE = new Endpoint("agents session create", "POST", "/agents/sessions/", 201, JSON,
      Bodies.text("agents-create.json"),
      c -> c.agents.sessions().create(CreateSessionRequest.builder().agentId(AGENT_ID).name("Release notes").build()));

  static final Endpoint AGENTS_UPDATE = new Endpoint("agents session update", "PATCH",
      "/agents/sessions/" + SESSION_ID, 200, JSON, Bodies.text("agents-session-record.json"),
      c -> c.agents.sessions().update(UpdateSessionRequest.builder().agentId(AGENT_ID).sessionId(SESSION_ID)
          .name("Release notes, v2").build()));

  static final Endpoint AGENTS_DELETE = new Endpoint("agents session delete", "DELETE",
      "/agents/sessions/" + SESSION_ID, 204, JSON, null,
      c -> {
        c.agents.sessions().delete(SessionRef.of(AGENT_ID, SESSION_ID));
        return "done";
      });

  static final Endpoint AGENTS_MESSAGES = new Endpoint("agents messages list", "GET",
      "/agents/sessions/" + SESSION_ID + "/messages", 200, JSON, Bodies.text("agents-messages.json"),
      c -> c.agents.sessions().messages().list(ListMessagesRequest.builder().agentId(AGENT_ID).sessionId(SESSION_ID)
          .build()).items());

  static final Endpoint AGENTS_STATUS = new Endpoint("agents session status", "GET",
      "/agents/sessions/" + SESSION_ID + "/status", 200, JSON, Bodies.text("agents-status.json"),
      c -> c.agents.sessions().status(SessionRef.of(AGENT_ID, SESSION_ID)));

  static final Endpoint AGENTS_INTERRUPT = new Endpoint("agents session interrupt", "POST",
      "/agents/sessions/" + SESSION_ID + "/interrupt", 202, JSON, Bodies.text("agents-interrupt.json"),
      c -> c.agents.sessions().interrupt(SessionRef.of(AGENT_ID, SESSION_ID)));

  static final Endpoint AGENTS_CHAT = new Endpoint("agents chat", "POST", "/agents/chat/", 200, JSON,
      Bodies.text("agents-chat.json"),
      c -> c.agents.sessions().chat(ChatRequest.builder().agentId(AGENT_ID).sessionId(SESSION_ID)
          .input(Message.builder().name("alice").role(MessageRole.USER).addContent(TextBlock.of("Ship the notes")).build())
          .build()));

  static final Endpoint AGENTS_STREAM = new Endpoint("agents stream", "GET", "/agents/sessions/" + SESSION_ID
      + "/stream", 200, SSE, Bodies.text("agents-events.sse"), c -> {
        try (EventStream<AgentEvent> stream = c.agents.sessions().stream(SessionRef.of(AGENT_ID, SESSION_ID))) {
          List<AgentEvent> events = new ArrayList<>();
          stream.forEachRemaining(events::add);
          return events;
        }
      });

  /** Every endpoint family. */
  static List<Endpoint> all() {
    return List.of(TIMBAL_COMPOSE_LIST, TIMBAL_COMPOSE_GET, TIMBAL_RUNS_LIST, TIMBAL_RUN_GET, TIMBAL_REACTIONS_LIST,
        TIMBAL_REACTION_CREATE, SYN_LIST, SYN_LIST_ALL, SYN_GET, AGENTS_LIST, AGENTS_CREATE, AGENTS_UPDATE,
        AGENTS_DELETE, AGENTS_MESSAGES, AGENTS_STATUS, AGENTS_INTERRUPT, AGENTS_CHAT, AGENTS_STREAM);
  }

  /** The endpoints whose success response has a body that the SDK parses. */
  static List<Endpoint> parsing() {
    return all().stream().filter(Endpoint::hasBody).collect(Collectors.toList());
  }
}
