package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.AuthenticationException;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.errors.ValidationError;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.GitInfo;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Operation;
import dev.sessionkit.syntropic.sessions.OperationType;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.syntropic.sessions.SessionInfo;
import dev.sessionkit.syntropic.sessions.SessionList;
import dev.sessionkit.syntropic.sessions.SessionStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Syntropic137 client against {@link FakeSyntropic}: every filter, the limit, keyset paging through
 * sessions that share a start time, lookups by id and prefix, and the error paths, in the real server's formats
 * (space-separated times, decimal strings).
 */
class SyntropicClientAgainstFakeTest {
  @RegisterExtension
  static SessionKitFakes fakes = new SessionKitFakes().perClass();

  static List<String> sessionIds(Iterable<? extends SessionInfo> sessions) {
    List<String> ids = new ArrayList<>();
    sessions.forEach(s -> ids.add(s.id()));
    return ids;
  }

  static Instant startedAt(JsonNode summary) {
    return Sdk.pythonStr(summary, "started_at").orElseThrow();
  }

  /** Every summary field, against the JSON the fake serves. */
  static void assertSummary(JsonNode served, SessionInfo s) {
    JsonNode raw = Sdk.reparsed(served);
    String id = raw.get("id").asText();
    assertEquals(id, s.id());
    assertEquals(Sdk.text(raw, "workflow_id"), s.workflowId(), id);
    assertEquals(Sdk.text(raw, "workflow_name"), s.workflowName(), id);
    assertEquals(Sdk.text(raw, "execution_id"), s.executionId(), id);
    assertEquals(Sdk.text(raw, "phase_id"), s.phaseId(), id);
    assertEquals(Sdk.text(raw, "phase_display"), s.phaseDisplay(), id);
    assertEquals(Sdk.text(raw, "parent_session_id"), s.parentSessionId(), id);
    assertEquals(Sdk.text(raw, "root_session_id"), s.rootSessionId(), id);
    assertEquals(Sdk.number(raw, "unpriced_observation_count"), s.unpricedObservationCount(), id);
    assertEquals(SessionStatus.of(raw.get("status").asText()), s.status(), id);
    assertEquals(Sdk.text(raw, "agent_provider"), s.agentProvider(), id);
    assertEquals(Sdk.text(raw, "agent_model"), s.agentModel(), id);
    assertEquals(Sdk.text(raw, "agent_model_display"), s.agentModelDisplay(), id);
    assertEquals(Sdk.elements(raw, "repos").stream().map(JsonNode::asText).toList(), s.repos(), id);
    assertEquals(Sdk.text(raw, "repos_display"), s.reposDisplay(), id);
    assertEquals(raw.get("input_tokens").asLong(), s.inputTokens(), id);
    assertEquals(raw.get("output_tokens").asLong(), s.outputTokens(), id);
    assertEquals(raw.get("cache_creation_tokens").asLong(), s.cacheCreationTokens(), id);
    assertEquals(raw.get("cache_read_tokens").asLong(), s.cacheReadTokens(), id);
    assertEquals(raw.get("total_tokens").asLong(), s.totalTokens(), id);
    assertEquals(Sdk.text(raw, "total_tokens_display"), s.totalTokensDisplay(), id);
    // A decimal string is read exactly, scale included: "0.123400" is not 0.1234.
    assertEquals(new BigDecimal(raw.get("total_cost_usd").asText()), s.totalCostUsd(), id);
    assertEquals(Sdk.text(raw, "total_cost_display"), s.totalCostDisplay(), id);
    JsonNode duration = raw.get("duration_seconds");
    assertEquals(duration.isNull() ? Optional.empty() : Optional.of(duration.asDouble()), s.durationSeconds(), id);
    assertEquals(Sdk.text(raw, "duration_display"), s.durationDisplay(), id);
    assertEquals(Sdk.pythonStr(raw, "started_at"), s.startedAt(), id);
    assertEquals(Sdk.pythonStr(raw, "completed_at"), s.completedAt(), id);
  }

  // ---- list: filters and limit -------------------------------------------------------------------------

  /** One listing: the request, which summaries it keeps (before the limit), the query it sends. */
  record Listing(String name, Function<FakeSyntropic, ListSessionsRequest> request,
      Function<FakeSyntropic, Predicate<JsonNode>> keeps, int limit, Function<FakeSyntropic, Map<String, String>> query) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String workflow(FakeSyntropic f) {
    return f.sessionsJson().get(3).get("workflow_id").asText();
  }

  static Instant pivot(FakeSyntropic f, int index) {
    return startedAt(f.sessionsJson().get(index));
  }

  static Stream<Listing> listings() {
    return Stream.of(
        new Listing("no filter", f -> ListSessionsRequest.builder().build(), f -> s -> true, 50, f -> Map.of()),
        new Listing("workflow_id", f -> ListSessionsRequest.builder().workflowId(workflow(f)).build(),
            f -> s -> s.get("workflow_id").asText().equals(workflow(f)), 50, f -> Map.of("workflow_id", workflow(f))),
        new Listing("status", f -> ListSessionsRequest.builder().status(SessionStatus.COMPLETED).build(),
            f -> s -> s.get("status").asText().equals("completed"), 50, f -> Map.of("status", "completed")),
        new Listing("statuses", f -> ListSessionsRequest.builder().statuses(SessionStatus.RUNNING, SessionStatus.FAILED)
            .build(), f -> s -> Set.of("running", "failed").contains(s.get("status").asText()), 50,
            f -> Map.of("statuses", "running,failed")),
        new Listing("statuses win over status", f -> ListSessionsRequest.builder().status("completed")
            .statuses(List.of("cancelled", "pending")).build(),
            f -> s -> Set.of("cancelled", "pending").contains(s.get("status").asText()), 50,
            f -> Map.of("statuses", "cancelled,pending")),
        new Listing("started_after (inclusive)", f -> ListSessionsRequest.builder().startedAfter(pivot(f, 20)).build(),
            f -> s -> !startedAt(s).isBefore(pivot(f, 20)), 50,
            f -> Map.of("started_after", pivot(f, 20).toString())),
        new Listing("started_before (inclusive)", f -> ListSessionsRequest.builder().startedBefore(pivot(f, 20)).build(),
            f -> s -> !startedAt(s).isAfter(pivot(f, 20)), 50,
            f -> Map.of("started_before", pivot(f, 20).toString())),
        new Listing("a window", f -> ListSessionsRequest.builder().startedAfter(pivot(f, 40)).startedBefore(pivot(f, 10))
            .build(), f -> s -> !startedAt(s).isBefore(pivot(f, 40)) && !startedAt(s).isAfter(pivot(f, 10)), 50,
            f -> Map.of("started_after", pivot(f, 40).toString(), "started_before", pivot(f, 10).toString())),
        new Listing("limit 7", f -> ListSessionsRequest.builder().limit(7).build(), f -> s -> true, 7,
            f -> Map.of("limit", "7")),
        new Listing("limit 200", f -> ListSessionsRequest.builder().limit(200).build(), f -> s -> true, 200,
            f -> Map.of("limit", "200")),
        new Listing("q", f -> ListSessionsRequest.builder().q(workflow(f).substring(0, 8).toUpperCase()).build(),
            // Case-insensitive, in the id or in the workflow id.
            f -> s -> s.get("workflow_id").asText().contains(workflow(f).substring(0, 8))
                || s.get("id").asText().contains(workflow(f).substring(0, 8)), 50,
            f -> Map.of("q", workflow(f).substring(0, 8).toUpperCase())),
        new Listing("page 2", f -> ListSessionsRequest.builder().page(2).limit(7).build(), f -> s -> true, 7,
            f -> Map.of("page", "2", "limit", "7")),
        new Listing("everything at once", f -> ListSessionsRequest.builder().workflowId(workflow(f))
            .statuses(List.of("completed", "failed")).startedBefore(pivot(f, 5)).limit(3).build(),
            f -> s -> s.get("workflow_id").asText().equals(workflow(f))
                && Set.of("completed", "failed").contains(s.get("status").asText()) && !startedAt(s).isAfter(pivot(f, 5)),
            3, f -> Map.of("workflow_id", workflow(f), "statuses", "completed,failed",
                "started_before", pivot(f, 5).toString(), "limit", "3")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listings")
  void listReturnsTheMatchingSessionsNewestFirstUpToTheLimit(Listing listing, FakeSyntropic fake, SyntropicClient client) {
    Predicate<JsonNode> keeps = listing.keeps().apply(fake);
    List<ObjectNode> matching = fake.sessionsJson().stream().filter(keeps).toList();
    int skip = listing.name().startsWith("page ") ? listing.limit() : 0;
    List<ObjectNode> expected = matching.stream().skip(skip).limit(listing.limit()).toList();
    fake.clearRequests();
    SessionList list = client.sessions().list(listing.request().apply(fake));
    assertEquals(Sdk.ids(expected), sessionIds(list.sessions()));
    for (int i = 0; i < expected.size(); i++) {
      assertSummary(expected.get(i), list.sessions().get(i));
      assertEquals(Map.of(), list.sessions().get(i).additionalProperties());
    }
    assertEquals(Optional.of((long) matching.size()), list.totalMatches(), "total counts every match");
    assertEquals(Optional.of(skip == 0 ? 1 : 2), list.page());
    assertEquals(Optional.of(listing.limit()), list.pageSize());
    assertEquals(Optional.of(0L), list.excludedUndated(), "every seeded session has a start time");
    assertEquals(1, fake.requests().size());
    RecordedRequest r = fake.requests().get(0);
    assertEquals("/api/v1/sessions", r.path());
    assertEquals(listing.query().apply(fake), Sdk.query(r));
    assertFalse(expected.isEmpty(), "the listing must find something");
  }

  @Test
  void theListingsOfTheTableFilter(FakeSyntropic fake) {
    // Guards the table above: a filter that kept every session or none would prove little.
    listings().filter(l -> !l.name().startsWith("limit") && !l.name().startsWith("page")
        && !l.name().equals("no filter")).forEach(l -> {
      long kept = fake.sessionsJson().stream().filter(l.keeps().apply(fake)).count();
      assertTrue(kept > 1 && kept < 60, l.name() + " kept " + kept);
    });
  }

  @Test
  void anInstantIsSentInUtcWithItsMicrosecondsAndBoundsAreInclusive(FakeSyntropic fake, SyntropicClient client) {
    ObjectNode s = fake.sessionsJson().get(12);
    Instant t = startedAt(s);
    String id = s.get("id").asText();
    fake.clearRequests();
    assertTrue(sessionIds(client.sessions().list(ListSessionsRequest.builder().startedAfter(t).startedBefore(t).build())
        .sessions()).contains(id));
    assertEquals(t.toString(), fake.requests().get(0).queryParam("started_after").orElseThrow());
    assertTrue(fake.requests().get(0).queryParam("started_after").orElseThrow().endsWith("Z"),
        "never a naive time: the server fails with 500 on one");
    assertFalse(sessionIds(client.sessions().list(ListSessionsRequest.builder()
        .startedAfter(t.plus(1, ChronoUnit.MICROS)).build()).sessions()).contains(id));
    assertFalse(sessionIds(client.sessions().list(ListSessionsRequest.builder()
        .startedBefore(t.minus(1, ChronoUnit.MICROS)).build()).sessions()).contains(id));
  }

  @Test
  void aLimitOverriddenOnTheWireIsFastApisValidationError(FakeSyntropic fake, SyntropicClient client) {
    // A query parameter in the request options replaces the SDK's own of the same name, so the server sees one.
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class, () -> client.sessions()
        .list(ListSessionsRequest.builder().limit(10).build(), RequestOptions.builder().queryParam("limit", "0").build()));
    assertEquals(422, e.statusCode());
    ValidationError error = e.detail().validationErrors().get(0);
    assertEquals(List.of("query", "limit"), error.location());
    assertEquals("Input should be greater than or equal to 1", error.message());
    assertEquals(Optional.of("greater_than_equal"), error.type());
    assertEquals(Optional.of(TextNode.valueOf("0")), error.input());
    assertEquals(List.of("0"), fake.requests().get(fake.requests().size() - 1).queryParams().get("limit"));
  }

  // ---- listAll: keyset paging --------------------------------------------------------------------------

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {1, 2, 3, 5, 6, 7, 11, 50, 200})
  void listAllReturnsEverySessionOnceInOrderAcrossTiedStartTimes(int limit, FakeSyntropic fake, SyntropicClient client) {
    List<ObjectNode> expected = fake.sessionsJson();
    Set<Instant> starts = new HashSet<>();
    expected.forEach(s -> starts.add(startedAt(s)));
    assertTrue(starts.size() < expected.size(), "some seeded sessions share their start time");
    fake.clearRequests();
    List<Session> all = new ArrayList<>();
    client.sessions().listAll(ListSessionsRequest.builder().limit(limit).build()).forEach(all::add);
    assertEquals(Sdk.ids(expected), sessionIds(all));
    for (int i = 0; i < all.size(); i++) {
      assertSummary(expected.get(i), all.get(i));
    }
    assertKeysetRequests(fake.requests(), Map.of(), limit);
  }

  /**
   * The requests of a keyset walk: the same filters on each, the first without an upper bound, each later one
   * bounded by a start time that only goes back.
   */
  static void assertKeysetRequests(List<RecordedRequest> requests, Map<String, String> filters, int limit) {
    assertKeysetRequests(requests, filters, limit, null);
  }

  /** The same, for a walk whose first page is bounded by {@code firstBound} (null for none). */
  static void assertKeysetRequests(List<RecordedRequest> requests, Map<String, String> filters, int limit,
      Instant firstBound) {
    Instant previous = firstBound;
    for (int i = 0; i < requests.size(); i++) {
      Map<String, String> q = new HashMap<>(Sdk.query(requests.get(i)));
      String bound = q.remove("started_before");
      String sent = q.remove("limit");
      assertTrue(sent.equals(Integer.toString(limit)) || sent.equals("200"), "limit " + sent);
      assertEquals(null, q.remove("page_size"), "the page size goes as limit only, which every server reads");
      assertEquals(filters, q);
      if (i == 0) {
        assertEquals(firstBound == null ? null : firstBound.toString(), bound, "the first page's upper bound");
        continue;
      }
      Instant b = Instant.parse(bound);
      assertTrue(bound.endsWith("Z"));
      assertTrue(previous == null || !b.isAfter(previous), "the bound never moves forward");
      previous = b;
    }
  }

  @Test
  void listAllKeepsTheFiltersOnEveryPage(FakeSyntropic fake, SyntropicClient client) {
    List<ObjectNode> expected = fake.sessionsJson().stream()
        .filter(s -> Set.of("completed", "cancelled").contains(s.get("status").asText())).toList();
    fake.clearRequests();
    ListSessionsRequest request = ListSessionsRequest.builder().statuses(List.of("completed", "cancelled")).limit(4).build();
    assertEquals(Sdk.ids(expected), sessionIds(client.sessions().listAll(request)));
    assertTrue(fake.requests().size() > expected.size() / 4, "walked page after page");
    assertKeysetRequests(fake.requests(), Map.of("statuses", "completed,cancelled"), 4);
  }

  @Test
  void listAllKeepsTheRequestsBoundsOnEveryPage(FakeSyntropic fake, SyntropicClient client) {
    Instant after = pivot(fake, 45);
    Instant before = pivot(fake, 8);
    List<String> expected = Sdk.ids(fake.sessionsJson().stream()
        .filter(s -> !startedAt(s).isBefore(after) && !startedAt(s).isAfter(before)).toList());
    fake.clearRequests();
    assertEquals(expected, sessionIds(client.sessions().listAll(ListSessionsRequest.builder().startedAfter(after)
        .startedBefore(before).limit(4).build())));
    assertKeysetRequests(fake.requests(), Map.of("started_after", after.toString()), 4, before);
  }

  @Test
  void theAsyncListAllReturnsEverySessionOnceInOrder(FakeSyntropic fake, SyntropicClient client) {
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    client.async().sessions().listAll(ListSessionsRequest.builder().limit(5).build()).forEach(s -> ids.add(s.id())).join();
    assertEquals(Sdk.ids(fake.sessionsJson()), ids);
  }

  @Test
  void listAllGetsThroughAPageMadeOfOneStartTime() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(0).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      Instant same = Instant.parse("2026-04-20T08:00:00.250001Z");
      fake.addSession(new FakeSyntropic.SessionSpec().id("newest").startedAt(same.plusSeconds(60)));
      for (int i = 0; i < 5; i++) {
        fake.addSession(new FakeSyntropic.SessionSpec().id("tied-" + i).startedAt(same));
      }
      fake.addSession(new FakeSyntropic.SessionSpec().id("oldest").startedAt(same.minusSeconds(60)));
      List<String> all = sessionIds(client.sessions().listAll(ListSessionsRequest.builder().limit(2).build()));
      assertEquals(List.of("newest", "tied-4", "tied-3", "tied-2", "tied-1", "tied-0", "oldest"), all);
    }
  }

  @Test
  void listAllWalksPagesOfTwoHundred() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(450).operationsPerSession(0).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      fake.clearRequests();
      assertEquals(Sdk.ids(fake.sessionsJson()), sessionIds(client.sessions().listAll(ListSessionsRequest.builder().build())));
      assertTrue(fake.requests().size() >= 3, fake.requests().toString());
      assertKeysetRequests(fake.requests(), Map.of(), 200);
    }
  }

  @Test
  void listAllRefusesToLoopWhenMoreThanALimitOfSessionsShareOneStartTime() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(0).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      Instant same = Instant.parse("2026-04-20T08:00:00Z");
      for (int i = 0; i < 201; i++) {
        fake.addSession(new FakeSyntropic.SessionSpec().id(String.format("s-%03d", i)).startedAt(same).operations(0));
      }
      List<String> seen = new ArrayList<>();
      SessionKitException e = assertThrows(SessionKitException.class,
          () -> client.sessions().listAll(ListSessionsRequest.builder().build()).forEach(s -> seen.add(s.id())));
      assertTrue(e.getMessage().startsWith("more than 200 sessions share the timestamp 2026-04-20T08:00:00Z"),
          e.getMessage());
      assertEquals(200, seen.size(), "the first page was returned before the walk stopped");
      assertEquals(2, fake.requests().size());
    }
  }

  // ---- the two server generations ----------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(FakeSyntropic.ApiVersion.class)
  void listAllIsExactOnBothServerGenerations(FakeSyntropic.ApiVersion version) {
    try (FakeSyntropic fake = FakeSyntropic.builder().apiVersion(version).sessions(130).operationsPerSession(0).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      fake.clearRequests();
      List<Session> all = new ArrayList<>();
      client.sessions().listAll(ListSessionsRequest.builder().limit(6).build()).forEach(all::add);
      assertEquals(Sdk.ids(fake.sessionsJson()), sessionIds(all));
      for (int i = 0; i < all.size(); i++) {
        assertSummary(fake.sessionsJson().get(i), all.get(i));
      }
      assertKeysetRequests(fake.requests(), Map.of(), 6);
    }
  }

  @Test
  void listAllEndsWithTheSessionsWithoutAStartTimeThatBoundedPagesLeaveOut() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(23).operationsPerSession(0).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      for (int i = 0; i < 4; i++) {
        ObjectNode undated = fake.sessionDetailJson(Sdk.ids(fake.sessionsJson()).get(i)).orElseThrow().put("id", "undated-" + i);
        undated.putNull("started_at");
        undated.putNull("completed_at");
        fake.addSession(undated);
      }
      List<String> expected = Sdk.ids(fake.sessionsJson());
      assertTrue(expected.subList(23, 27).stream().allMatch(id -> id.startsWith("undated-")), "listed last");
      fake.clearRequests();
      assertEquals(expected, sessionIds(client.sessions().listAll(ListSessionsRequest.builder().limit(5).build())));
      List<RecordedRequest> tail = fake.requests().stream().filter(r -> r.queryParam("page").isPresent()).toList();
      assertEquals(List.of("5", "6"), tail.stream().map(r -> r.queryParam("page").orElseThrow()).toList(),
          "27 sessions, the last 4 undated, pages of 5: pages 5 and 6 hold them");
      assertEquals(Map.of("page", "5", "limit", "5"), Sdk.query(tail.get(0)));
    }
  }

  @Test
  void listAllOnTheServerOfMay2026ReturnsWhatTheFirstPageHoldsOfTheUndated() {
    try (FakeSyntropic fake = FakeSyntropic.builder().apiVersion(FakeSyntropic.ApiVersion.MAY_2026).sessions(3)
        .operationsPerSession(0).start()) {
      ObjectNode undated = fake.sessionDetailJson(Sdk.ids(fake.sessionsJson()).get(0)).orElseThrow().put("id", "undated");
      undated.putNull("started_at");
      fake.addSession(undated);
      SyntropicClient client = fake.clientBuilder().build();
      assertEquals(Sdk.ids(fake.sessionsJson()), sessionIds(client.sessions().listAll(ListSessionsRequest.builder().build())));
    }
  }

  @Test
  void listSearchesAndPagesOnAPagingServer(FakeSyntropic fake, SyntropicClient client) {
    String id = Sdk.ids(fake.sessionsJson()).get(17);
    SessionList found = client.sessions().list(ListSessionsRequest.builder().q(id.substring(0, 13)).build());
    assertEquals(List.of(id), sessionIds(found.sessions()));
    assertEquals(Optional.of(1L), found.totalMatches());
    SessionList third = client.sessions().list(ListSessionsRequest.builder().page(3).limit(4).build());
    assertEquals(Sdk.ids(fake.sessionsJson()).subList(8, 12), sessionIds(third.sessions()));
    assertEquals(Optional.of(60L), third.totalMatches());
    Map<String, Long> counts = new HashMap<>();
    fake.sessionsJson().forEach(s -> counts.merge(s.get("status").asText(), 1L, Long::sum));
    assertEquals(Optional.of(counts), third.statusCounts());
  }

  @Test
  void listOnTheServerOfMay2026RefusesWhatItWouldIgnore() {
    try (FakeSyntropic fake = FakeSyntropic.builder().apiVersion(FakeSyntropic.ApiVersion.MAY_2026).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      SessionList first = client.sessions().list(ListSessionsRequest.builder().limit(4).page(1).build());
      assertEquals(Optional.of(4L), first.total());
      assertEquals(Optional.empty(), first.totalMatches());
      assertFalse(first.paged());
      assertThrows(SessionKitException.class, () -> client.sessions().list(ListSessionsRequest.builder().page(2).build()));
      assertThrows(SessionKitException.class, () -> client.sessions().list(ListSessionsRequest.builder().q("a").build()));
      SessionDetail d = client.sessions().get(Sdk.ids(fake.sessionsJson()).get(0));
      assertEquals(Optional.empty(), d.rootSessionId());
      assertEquals(Optional.empty(), d.unpricedObservationCount());
      d.operations().forEach(op -> assertTrue(op.success().isPresent() && op.errorMessage().isEmpty()));
    }
  }

  // ---- get ---------------------------------------------------------------------------------------------

  static void assertDetail(JsonNode raw, SessionDetail d) {
    assertSummary(raw, d);
    String id = raw.get("id").asText();
    assertEquals(Sdk.text(raw, "milestone_id"), d.milestoneId(), id);
    assertEquals(Sdk.text(raw, "workspace_path"), d.workspacePath(), id);
    assertEquals(Sdk.text(raw, "input_tokens_display"), d.inputTokensDisplay(), id);
    assertEquals(Sdk.text(raw, "output_tokens_display"), d.outputTokensDisplay(), id);
    assertEquals(Sdk.text(raw, "cache_creation_tokens_display"), d.cacheCreationTokensDisplay(), id);
    assertEquals(Sdk.text(raw, "cache_read_tokens_display"), d.cacheReadTokensDisplay(), id);
    Map<String, BigDecimal> costs = new HashMap<>();
    raw.get("cost_by_model").properties().forEach(e -> costs.put(e.getKey(), new BigDecimal(e.getValue().asText())));
    assertEquals(costs, d.costByModel(), id);
    assertEquals(Sdk.text(raw, "error_message"), d.errorMessage(), id);
    assertEquals(Sdk.fields(raw.get("metadata")), d.metadata(), id);
    assertEquals(Map.of(), d.additionalProperties(), id);
    List<JsonNode> ops = Sdk.elements(raw, "operations");
    assertEquals(ops.size(), d.operations().size(), id);
    for (int i = 0; i < ops.size(); i++) {
      assertOperation(ops.get(i), d.operations().get(i));
    }
  }

  static void assertOperation(JsonNode raw, Operation op) {
    String id = raw.get("operation_id").asText();
    assertEquals(id, op.operationId());
    assertEquals(OperationType.of(raw.get("operation_type").asText()), op.operationType(), id);
    assertEquals(Sdk.pythonStr(raw, "timestamp"), op.timestamp(), id);
    JsonNode duration = raw.get("duration_seconds");
    assertEquals(duration.isNull() ? Optional.empty() : Optional.of(duration.asDouble()), op.durationSeconds(), id);
    assertTrue(raw.get("success").isBoolean(), "the server never sends a null success: " + id);
    assertEquals(Optional.of(raw.get("success").asBoolean()), op.success(), id);
    assertEquals(Sdk.text(raw, "error_message"), op.errorMessage(), id);
    assertEquals(Sdk.number(raw, "input_tokens"), op.inputTokens(), id);
    assertEquals(Sdk.number(raw, "output_tokens"), op.outputTokens(), id);
    assertEquals(Sdk.number(raw, "total_tokens"), op.totalTokens(), id);
    assertEquals(Sdk.text(raw, "tool_name"), op.toolName(), id);
    assertEquals(Sdk.text(raw, "tool_use_id"), op.toolUseId(), id);
    assertEquals(Sdk.json(raw, "tool_input"), op.toolInput(), id);
    assertEquals(Sdk.text(raw, "tool_output"), op.toolOutput(), id);
    assertEquals(Sdk.text(raw, "message_role"), op.messageRole(), id);
    assertEquals(Sdk.text(raw, "message_content"), op.messageContent(), id);
    assertEquals(Sdk.text(raw, "thinking_content"), op.thinkingContent(), id);
    assertEquals(Sdk.text(raw, "git_sha"), op.gitSha(), id);
    assertEquals(Sdk.text(raw, "git_message"), op.gitMessage(), id);
    assertEquals(Sdk.text(raw, "git_branch"), op.gitBranch(), id);
    assertEquals(Sdk.text(raw, "git_repo"), op.gitRepo(), id);
    assertEquals(Map.of(), op.additionalProperties(), id);
    JsonNode git = raw.get("git");
    assertEquals(!git.isNull(), op.git().isPresent(), id);
    if (!git.isNull()) {
      GitInfo g = op.git().orElseThrow();
      assertEquals(Sdk.text(git, "operation"), g.operation());
      assertEquals(Sdk.text(git, "sha"), g.sha());
      assertEquals(Sdk.text(git, "branch"), g.branch());
      assertEquals(Sdk.text(git, "repo"), g.repo());
      assertEquals(Sdk.text(git, "message"), g.message());
      assertEquals(Sdk.text(git, "prev_branch"), g.prevBranch());
      assertEquals(Optional.of(git.get("is_clone").asBoolean()), g.cloned());
      assertEquals(Sdk.text(git, "remote"), g.remote());
      assertEquals(Sdk.text(git, "author"), g.author());
      assertEquals(Optional.of(git.get("files_changed").asInt()), g.filesChanged());
      assertEquals(Optional.of(git.get("insertions").asInt()), g.insertions());
      assertEquals(Optional.of(git.get("deletions").asInt()), g.deletions());
      assertEquals(Optional.of(git.get("commits_count").asInt()), g.commitsCount());
      assertEquals(Sdk.text(git, "commit_range"), g.commitRange());
      assertEquals(Sdk.text(git, "remote_url"), g.remoteUrl());
      assertEquals(Sdk.text(git, "details"), g.details());
      assertEquals(Sdk.text(git, "from_branch"), g.fromBranch());
      assertEquals(Sdk.text(git, "to_branch"), g.toBranch());
      assertEquals(Sdk.number(git, "estimated_tokens_added"), g.estimatedTokensAdded());
      assertEquals(Sdk.number(git, "estimated_tokens_removed"), g.estimatedTokensRemoved());
      assertEquals(Map.of(), g.additionalProperties());
    }
  }

  @Test
  void getReadsEveryFieldOfEverySessionById(FakeSyntropic fake, SyntropicClient client) {
    Set<String> operationTypes = new HashSet<>();
    for (ObjectNode summary : fake.sessionsJson()) {
      String id = summary.get("id").asText();
      JsonNode raw = FakeSyntropicTest.get(fake, "/sessions/" + id).json();
      SessionDetail detail = client.sessions().get(id);
      assertDetail(raw, detail);
      detail.operations().forEach(op -> operationTypes.add(op.operationType().value()));
    }
    assertEquals(Set.of("message", "tool_execution_started", "tool_execution_completed", "git_commit", "git_push"),
        operationTypes);
    RecordedRequest last = fake.requests().get(fake.requests().size() - 1);
    assertTrue(last.path().startsWith("/api/v1/sessions/"));
    assertEquals(Map.of(), Sdk.query(last));
  }

  @Test
  void getFindsASessionByAUniquePrefixOfItsId(FakeSyntropic fake, SyntropicClient client) {
    List<String> ids = Sdk.ids(fake.sessionsJson());
    String id = ids.get(7);
    String prefix = id.substring(0, 6);
    assertEquals(1, ids.stream().filter(i -> i.startsWith(prefix)).count(), "the prefix is unique");
    fake.clearRequests();
    SessionDetail detail = client.sessions().get(prefix);
    assertEquals(id, detail.id());
    assertEquals("/api/v1/sessions/" + prefix, fake.requests().get(0).path());
  }

  @Test
  void getSendsAnIdWithReservedCharactersAsOnePathSegment() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(2).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      fake.addSession(new FakeSyntropic.SessionSpec().id("run 7/ü?x"));
      assertEquals("run 7/ü?x", client.sessions().get("run 7/ü?x").id());
      assertEquals("/api/v1/sessions/run%207%2F%C3%BC%3Fx", fake.requests().get(0).path());
      assertEquals("run 7/ü?x", client.sessions().get("run 7/").id(), "a prefix with a slash is one segment too");
    }
  }

  @Test
  void getOfAnUnknownIdIsANotFoundException(SyntropicClient client) {
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.sessions().get("zzzz-none"));
    assertEquals(404, e.statusCode());
    assertEquals("Session not found: zzzz-none", e.detail().message());
  }

  @Test
  void getOfAnAmbiguousPrefixIsAConflictExceptionAndIsNotRetried() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(3).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      fake.addSession(new FakeSyntropic.SessionSpec().id("dup-aaaa-1"));
      fake.addSession(new FakeSyntropic.SessionSpec().id("dup-aaaa-2"));
      fake.clearRequests();
      ConflictException e = assertThrows(ConflictException.class, () -> client.sessions().get("dup-aaaa"));
      assertEquals(409, e.statusCode());
      assertEquals("Ambiguous session id prefix 'dup-aaaa' matches 2 sessions", e.detail().message());
      assertEquals(1, fake.requests().size(), "a 409 is never retried");
      assertEquals("dup-aaaa-2", client.sessions().get("dup-aaaa-2").id());
    }
  }

  // ---- auth at a gateway -------------------------------------------------------------------------------

  @Test
  void aBearerTokenIsSentAndAMissingOneRefused() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(5).bearerToken("syn-secret").start()) {
      assertEquals(5, fake.clientBuilder().build().sessions().list(ListSessionsRequest.builder().build()).sessions().size());
      assertEquals(Optional.of("Bearer syn-secret"), fake.requests().get(0).header("authorization"));
      SyntropicClient none = SyntropicClient.builder().baseUrl(fake.baseUrl()).build();
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> none.sessions().list(ListSessionsRequest.builder().build()));
      assertEquals("Not authenticated", e.detail().message());
      assertThrows(AuthenticationException.class,
          () -> fake.clientBuilder().bearerToken("wrong").build().sessions().get("x"));
    }
  }

  @Test
  void basicCredentialsAreSent() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(5).basicAuth("ops", "pa:ss").start()) {
      SessionList list = fake.clientBuilder().build().sessions().list(ListSessionsRequest.builder().limit(2).build());
      assertEquals(2, list.sessions().size());
      String expected = "Basic " + Base64.getEncoder().encodeToString("ops:pa:ss".getBytes(StandardCharsets.UTF_8));
      assertEquals(Optional.of(expected), fake.requests().get(0).header("authorization"));
      assertThrows(AuthenticationException.class, () -> fake.clientBuilder().basicAuth("ops", "nope").build()
          .sessions().list(ListSessionsRequest.builder().build()));
    }
  }
}
