package dev.sessionkit.conformance.syntropic;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.SessionStatus;
import java.time.Instant;
import java.util.List;

/** What the suite drives on Syntropic137: one entry per operation and scenario. */
final class SyntropicEndpoints {
  private SyntropicEndpoints() {}

  static final List<Endpoint<SyntropicRig>> ALL = List.of(
      new Endpoint<>("GET", "/sessions", "no filter",
          rig -> rig.client.sessions().list(ListSessionsRequest.builder().build())),
      new Endpoint<>("GET", "/sessions", "every filter",
          rig -> rig.client.sessions().list(ListSessionsRequest.builder()
              .workflowId(rig.fake.sessionsJson().get(0).path("workflow_id").asText("wf"))
              .status(SessionStatus.COMPLETED).statuses(SessionStatus.RUNNING, SessionStatus.FAILED)
              .startedAfter(Instant.parse("2026-04-01T00:00:00Z"))
              .startedBefore(Instant.parse("2026-05-01T12:00:00.250Z")).limit(200).build())),
      new Endpoint<>("GET", "/sessions", "every page by started_before, 7 a page",
          rig -> rig.client.sessions().listAll(ListSessionsRequest.builder().limit(7).build()).stream().count()),
      new Endpoint<>("GET", "/sessions/{session_id}", "by id, by a unique prefix, and an unknown id (404)",
          rig -> {
            String id = rig.fake.sessionsJson().get(0).path("id").asText();
            rig.client.sessions().get(id);
            rig.client.sessions().get(id.substring(0, id.length() - 2));
            assertThrows(NotFoundException.class, () -> rig.client.sessions().get("no-such-session"));
          }));
}
