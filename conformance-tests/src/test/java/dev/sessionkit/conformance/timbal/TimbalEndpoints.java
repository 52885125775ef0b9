package dev.sessionkit.conformance.timbal;

import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.RunSortField;
import dev.sessionkit.timbal.runs.RunStatus;
import dev.sessionkit.timbal.runs.Sentiment;
import dev.sessionkit.timbal.runs.SortOrder;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.time.Instant;
import java.util.List;

/**
 * What the suite drives on Timbal: one entry per operation and scenario. Run entries are judged by the runs
 * document; compose entries by the document of each compose shape the fake can speak ({@link ComposeShape}).
 */
final class TimbalEndpoints {
  private static final String RUNS = "/orgs/{org_id}/projects/{project_id}/runs";
  private static final String RUN = RUNS + "/{run_id}";
  private static final String REACTIONS = RUN + "/reactions";
  private static final String COMPOSE = "/orgs/{org_id}/projects/{project_id}/compose/sessions";

  private TimbalEndpoints() {}

  /** Judged by {@code timbal/openapi.runs.json}. */
  static final List<Endpoint<TimbalRig>> RUN_ENDPOINTS = List.of(
      new Endpoint<>("GET", RUNS, "no filter, every page by page_token",
          rig -> rig.client.runs().listAll(ListRunsRequest.builder().build()).stream().count()),
      new Endpoint<>("GET", RUNS, "every filter, sort and order",
          rig -> rig.client.runs().list(ListRunsRequest.builder()
              .userId(rig.fake.userIds().get(0)).status(RunStatus.SUCCESS).sentiment(Sentiment.POSITIVE)
              .groupId(rig.fake.runsJson().get(0).path("group_id").asText("g")).workforceId(rig.fake.workforceIds().get(0))
              .rev("main").from(Instant.parse("2026-04-01T00:00:00Z")).to(Instant.parse("2026-05-01T12:00:00Z"))
              .metadata("{\"env\":\"prod\"}").roots(true).sortBy(RunSortField.COST_USD).sortOrder(SortOrder.ASC)
              .build())),
      new Endpoint<>("GET", RUNS, "each sort field, descending",
          rig -> {
            for (RunSortField field : RunSortField.values()) {
              rig.client.runs().list(ListRunsRequest.builder().sortBy(field).sortOrder(SortOrder.DESC).build());
            }
          }),
      new Endpoint<>("GET", RUN, "by id and by idempotency key",
          rig -> {
            rig.client.runs().get(GetRunRequest.builder().runId(rig.fake.runsJson().get(0).path("id").asText()).build());
            rig.client.runs().get(GetRunRequest.builder()
                .runId(rig.fake.runsJson().get(1).path("idempotency_key").asText()).build());
          }),
      new Endpoint<>("GET", REACTIONS, "every page of a run's reactions",
          rig -> rig.fake.runsJson().stream().limit(10).forEach(run -> rig.client.runs().reactions()
              .listAll(ListReactionsRequest.builder().runId(run.path("id").asText()).build()).stream().count())),
      new Endpoint<>("POST", REACTIONS, "with and without feedback",
          rig -> {
            String run = rig.fake.runsJson().get(0).path("id").asText();
            rig.client.runs().reactions().create(CreateReactionRequest.builder().runId(run)
                .sentiment(Sentiment.NEGATIVE).feedback("wrong tool").build());
            rig.client.runs().reactions().create(CreateReactionRequest.builder().runId(run)
                .sentiment(Sentiment.POSITIVE).build());
          }));

  /**
   * Judged by the document of each compose shape: each shape with the filter its document declares (09d61f1's
   * {@code user_id}, d8af300's {@code rev}; the SDK sends any filter the caller sets, and a server that does not
   * know one ignores it).
   */
  static List<Endpoint<TimbalRig>> composeEndpoints(ComposeShape shape) {
    Endpoint<TimbalRig> filter = switch (shape) {
      case SEED_000 -> new Endpoint<>("GET", COMPOSE, "the user filter",
          rig -> rig.client.composeSessions().list(ListComposeSessionsRequest.builder()
              .userId(rig.fake.userIds().get(0)).build()));
      case JUNE_2026 -> new Endpoint<>("GET", COMPOSE, "the rev filter",
          rig -> rig.client.composeSessions().list(ListComposeSessionsRequest.builder().rev("3").build()));
    };
    return List.of(
        new Endpoint<>("GET", COMPOSE, "no filter",
            rig -> rig.client.composeSessions().list(ListComposeSessionsRequest.builder().build())),
        filter,
        new Endpoint<>("GET", COMPOSE + "/{session_id}", "each session's detail",
            rig -> rig.fake.composeSessionsJson().stream().limit(5).forEach(s -> rig.client.composeSessions()
                .get(GetComposeSessionRequest.builder().sessionId(s.path("id").asText()).build()))));
  }
}
