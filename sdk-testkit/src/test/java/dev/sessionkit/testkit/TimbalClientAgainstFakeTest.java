package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.errors.AuthenticationException;
import dev.sessionkit.core.errors.BadRequestException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Reaction;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.runs.RunSortField;
import dev.sessionkit.timbal.runs.RunStatus;
import dev.sessionkit.timbal.runs.RunUser;
import dev.sessionkit.timbal.runs.Sentiment;
import dev.sessionkit.timbal.runs.SortOrder;
import dev.sessionkit.timbal.runs.TraceSpan;
import dev.sessionkit.timbal.runs.Workforce;
import dev.sessionkit.timbal.runs.WorkforceType;
import dev.sessionkit.timbal.sessions.ComposeMessage;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ComposeSessionDetail;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Timbal client against {@link FakeTimbal}: every filter, sort and paging path gives what the fake's own
 * data says it should, through the SDK's models, with the request on the wire checked.
 */
class TimbalClientAgainstFakeTest {
  /** 230 runs in pages of 20: every listing of more than 20 runs crosses pages. */
  @RegisterExtension
  static SessionKitFakes fakes = new SessionKitFakes().timbal(b -> b.runs(230).composeSessions(24).pageSize(20))
      .perClass();

  static List<String> runIds(Iterable<Run> runs) {
    List<String> ids = new ArrayList<>();
    runs.forEach(r -> ids.add(r.id()));
    return ids;
  }

  /** The fields every run shape shares, read from a {@link Run} or a {@link RunDetail}. */
  record RunFields(String id, String idempotencyKey, RunStatus status, Instant createdAt, BigDecimal costUsd,
      BigDecimal costCredits, RunUser user, Optional<Workforce> workforce, Optional<Long> durationMs,
      Optional<String> groupId,
      Optional<Sentiment> lastReactionSentiment, Optional<String> parentId, Map<String, JsonNode> extra) {
    static RunFields of(Run r) {
      return new RunFields(r.id(), r.idempotencyKey(), r.status(), r.createdAt(), r.costUsd(), r.costCredits(),
          r.user(), Optional.of(r.workforce()), r.durationMs(), r.groupId(), r.lastReactionSentiment(), r.parentId(),
          r.additionalProperties());
    }

    static RunFields of(RunDetail r) {
      return new RunFields(r.id(), r.idempotencyKey(), r.status(), r.createdAt(), r.costUsd(), r.costCredits(),
          r.user(), Optional.empty(), r.durationMs(), r.groupId(), r.lastReactionSentiment(), r.parentId(),
          r.additionalProperties());
    }
  }

  /** Every field of a run, against the JSON the fake serves. */
  static void assertRun(JsonNode raw, RunFields run) {
    String id = raw.get("id").asText();
    assertEquals(id, run.id());
    assertEquals(raw.get("idempotency_key").asText(), run.idempotencyKey(), id);
    assertEquals(RunStatus.of(raw.get("status").asText()), run.status(), id);
    assertEquals(Sdk.iso(raw, "created_at"), run.createdAt(), id);
    assertEquals(0, raw.get("cost_usd").decimalValue().compareTo(run.costUsd()), id);
    assertEquals(0, raw.get("cost_credits").decimalValue().compareTo(run.costCredits()), id);
    assertUser(raw.get("user"), run.user());
    JsonNode wf = raw.get("workforce");
    // A listing's run has its workforce; a run detail has none (nor does the fake send one).
    assertEquals(wf != null, run.workforce().isPresent(), id);
    if (wf != null) {
      Workforce workforce = run.workforce().orElseThrow();
      assertEquals(wf.get("id").asText(), workforce.id());
      assertEquals(wf.get("name").asText(), workforce.name());
      assertEquals(Optional.of(WorkforceType.of(wf.get("type").asText())), workforce.type());
      assertTrue(workforce.type().orElseThrow().isKnown());
      assertEquals(Optional.empty(), workforce.deletedAt());
      assertEquals(Sdk.text(wf, "description"), workforce.description());
      assertEquals(Sdk.text(wf, "uid"), workforce.uid());
      assertEquals(Sdk.text(wf, "url"), workforce.url());
      assertEquals(Map.of(), workforce.additionalProperties());
    }
    assertEquals(Sdk.number(raw, "duration_ms"), run.durationMs(), id);
    assertEquals(Sdk.text(raw, "group_id"), run.groupId(), id);
    assertEquals(Sdk.text(raw, "last_reaction_sentiment").map(Sentiment::of), run.lastReactionSentiment(), id);
    assertEquals(Sdk.text(raw, "parent_id"), run.parentId(), id);
    assertEquals(Map.of(), run.extra(), "the fake sends only documented fields");
  }

  static void assertUser(JsonNode raw, RunUser user) {
    assertEquals(raw.get("id").asText(), user.id());
    assertEquals(Sdk.text(raw, "email"), user.email());
    assertEquals(Sdk.text(raw, "name"), user.name());
    assertEquals(Sdk.text(raw, "photo_url"), user.photoUrl());
    assertEquals(Map.of(), user.additionalProperties());
  }

  /** The requests of one listing: the first without a cursor, the others with distinct cursors, same filters. */
  static void assertListingRequests(List<RecordedRequest> requests, Map<String, String> filters, int pages) {
    assertEquals(pages, requests.size(), requests.toString());
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      RecordedRequest r = requests.get(i);
      assertEquals("GET", r.method());
      assertEquals("/orgs/org_demo/projects/proj_demo/runs", r.path());
      assertEquals(Optional.of("Bearer tk_test_sessionkit"), r.header("authorization"));
      Map<String, String> query = new HashMap<>(Sdk.query(r));
      String token = query.remove("page_token");
      assertEquals(i == 0, token == null, "only the first page is asked for without a cursor: " + r);
      assertTrue(token == null || tokens.add(token), "a cursor was sent twice");
      assertEquals(filters, query, "page " + (i + 1) + " carries the same filters");
    }
  }

  static int pagesOf(int items) {
    return Math.max(1, (items + 19) / 20);
  }

  // ---- runs: paging ------------------------------------------------------------------------------------

  @Test
  void listAllWalksEveryPageAndReturnsEveryRunOnceInOrder(FakeTimbal fake, TimbalClient client) {
    fake.clearRequests();
    List<Run> all = new ArrayList<>();
    client.runs().listAll(ListRunsRequest.builder().build()).forEach(all::add);
    List<ObjectNode> expected = fake.runsJson();
    assertEquals(230, all.size());
    assertEquals(Sdk.ids(expected), runIds(all));
    for (int i = 0; i < all.size(); i++) {
      assertRun(expected.get(i), RunFields.of(all.get(i)));
    }
    assertListingRequests(fake.requests(), Map.of(), 12);
  }

  @Test
  void pagesExposeTheServersPagesOneAtATime(FakeTimbal fake, TimbalClient client) {
    fake.clearRequests();
    Page<Run> page = client.runs().list(ListRunsRequest.builder().build());
    assertEquals(1, fake.requests().size(), "list fetches the first page only");
    List<Integer> sizes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (true) {
      sizes.add(page.items().size());
      ids.addAll(runIds(page.items()));
      if (!page.hasNextPage()) {
        break;
      }
      page = page.nextPage();
    }
    assertEquals(List.of(20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 10), sizes);
    assertEquals(Sdk.ids(fake.runsJson()), ids);
    List<Integer> pagerSizes = new ArrayList<>();
    client.runs().listAll(ListRunsRequest.builder().build()).pages().forEach(p -> pagerSizes.add(p.items().size()));
    assertEquals(sizes, pagerSizes);
  }

  @Test
  void theAsyncClientListsTheSamePage(FakeTimbal fake, TimbalClient client) {
    ListRunsRequest request = ListRunsRequest.builder().status(RunStatus.SUCCESS).build();
    Page<Run> page = client.async().runs().list(request).join();
    assertEquals(runIds(client.runs().list(request).items()), runIds(page.items()));
    assertEquals(20, page.items().size());
  }

  // ---- runs: filters -----------------------------------------------------------------------------------

  /** One filter: how to set it on a request, which raw runs it keeps, and what it sends. */
  record Filter(String name, Function<FakeTimbal, ListRunsRequest> request,
      Function<FakeTimbal, Predicate<JsonNode>> keeps, Function<FakeTimbal, Map<String, String>> query) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String user(FakeTimbal f) {
    return f.userIds().get(1);
  }

  static String group(FakeTimbal f) {
    // A group with a sub-run, so that the filter keeps more than one run.
    return f.runsJson().stream().filter(r -> !r.get("parent_id").isNull() && !r.get("group_id").isNull())
        .map(r -> r.get("group_id").asText()).findFirst().orElseThrow();
  }

  static Instant pivot(FakeTimbal f, int index) {
    return Instant.parse(f.runsJson().get(index).get("created_at").asText());
  }

  static Instant createdAt(JsonNode run) {
    return Instant.parse(run.get("created_at").asText());
  }

  static Stream<Filter> filters() {
    return Stream.of(
        new Filter("user_id", f -> ListRunsRequest.builder().userId(user(f)).build(),
            f -> {
              String user = user(f);
              return r -> r.get("user").get("id").asText().equals(user);
            }, f -> Map.of("user_id", user(f))),
        new Filter("status", f -> ListRunsRequest.builder().status(RunStatus.ERROR).build(),
            f -> r -> r.get("status").asText().equals("error"), f -> Map.of("status", "error")),
        new Filter("status as text", f -> ListRunsRequest.builder().status("success").build(),
            f -> r -> r.get("status").asText().equals("success"), f -> Map.of("status", "success")),
        new Filter("status nobody has", f -> ListRunsRequest.builder().status("paused").build(),
            f -> r -> false, f -> Map.of("status", "paused")),
        new Filter("sentiment", f -> ListRunsRequest.builder().sentiment(Sentiment.NEGATIVE).build(),
            f -> r -> r.get("last_reaction_sentiment").asText().equals("negative"), f -> Map.of("sentiment", "negative")),
        new Filter("group_id", f -> ListRunsRequest.builder().groupId(group(f)).build(),
            f -> {
              String group = group(f);
              return r -> r.get("group_id").asText().equals(group);
            }, f -> Map.of("group_id", group(f))),
        new Filter("workforce_id", f -> ListRunsRequest.builder().workforceId(f.workforceIds().get(2)).build(),
            f -> {
              String workforce = f.workforceIds().get(2);
              return r -> r.get("workforce").get("id").asText().equals(workforce);
            }, f -> Map.of("workforce_id", f.workforceIds().get(2))),
        new Filter("from (inclusive)", f -> ListRunsRequest.builder().from(pivot(f, 150)).build(),
            f -> {
              Instant from = pivot(f, 150);
              return r -> !createdAt(r).isBefore(from);
            }, f -> Map.of("from", Long.toString(pivot(f, 150).toEpochMilli()))),
        new Filter("to (inclusive)", f -> ListRunsRequest.builder().to(pivot(f, 60)).build(),
            f -> {
              Instant to = pivot(f, 60);
              return r -> !createdAt(r).isAfter(to);
            }, f -> Map.of("to", Long.toString(pivot(f, 60).toEpochMilli()))),
        new Filter("from and to", f -> ListRunsRequest.builder().from(pivot(f, 150)).to(pivot(f, 60)).build(),
            f -> {
              Instant from = pivot(f, 150);
              Instant to = pivot(f, 60);
              return r -> !createdAt(r).isBefore(from) && !createdAt(r).isAfter(to);
            }, f -> Map.of("from", Long.toString(pivot(f, 150).toEpochMilli()),
                "to", Long.toString(pivot(f, 60).toEpochMilli()))),
        new Filter("roots", f -> ListRunsRequest.builder().roots(true).build(),
            f -> r -> r.get("parent_id").isNull(), f -> Map.of("roots", "true")),
        new Filter("roots false keeps every run", f -> ListRunsRequest.builder().roots(false).build(),
            f -> r -> true, f -> Map.of("roots", "false")),
        new Filter("user_id and status", f -> ListRunsRequest.builder().userId(user(f)).status(RunStatus.SUCCESS)
            .roots(true).build(),
            f -> {
              String user = user(f);
              return r -> r.get("user").get("id").asText().equals(user) && r.get("status").asText().equals("success")
                  && r.get("parent_id").isNull();
            }, f -> Map.of("user_id", user(f), "status", "success", "roots", "true")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void listAllKeepsExactlyTheRunsTheFilterMatchesInOrder(Filter filter, FakeTimbal fake, TimbalClient client) {
    List<ObjectNode> expected = fake.runsJson().stream().filter(filter.keeps().apply(fake)).toList();
    fake.clearRequests();
    List<Run> actual = new ArrayList<>();
    client.runs().listAll(filter.request().apply(fake)).forEach(actual::add);
    assertEquals(Sdk.ids(expected), runIds(actual));
    for (int i = 0; i < actual.size(); i++) {
      assertRun(expected.get(i), RunFields.of(actual.get(i)));
    }
    assertListingRequests(fake.requests(), filter.query().apply(fake), pagesOf(expected.size()));
  }

  @Test
  void theFiltersOfTheTableFilterAndCrossPages(FakeTimbal fake) {
    // Guards the table above: a filter that kept every run or none would prove little.
    Map<String, Integer> sizes = new HashMap<>();
    filters().forEach(f -> sizes.put(f.name(), (int) fake.runsJson().stream().filter(f.keeps().apply(fake)).count()));
    for (String name : List.of("user_id", "status", "sentiment", "group_id", "workforce_id", "from (inclusive)",
        "to (inclusive)", "from and to", "roots", "user_id and status")) {
      assertTrue(sizes.get(name) > 1 && sizes.get(name) < 230, name + " kept " + sizes.get(name));
    }
    assertTrue(sizes.get("status as text") > 20, "crosses pages");
    assertTrue(sizes.get("roots") > 20, "crosses pages");
    assertEquals(230, sizes.get("roots false keeps every run"));
  }

  @Test
  void revKeepsTheBranchAndRunsWithoutOne() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(0).start()) {
      TimbalClient client = fake.clientBuilder().build();
      fake.addRun(new FakeTimbal.RunSpec().id("on-main").rev("main").createdAt(Instant.parse("2026-04-03T00:00:00Z")));
      fake.addRun(new FakeTimbal.RunSpec().id("on-dev").rev("dev").createdAt(Instant.parse("2026-04-02T00:00:00Z")));
      fake.addRun(new FakeTimbal.RunSpec().id("no-branch").createdAt(Instant.parse("2026-04-01T00:00:00Z")));
      assertEquals(List.of("on-main", "no-branch"), runIds(client.runs().listAll(ListRunsRequest.builder().rev("main").build())));
      assertEquals(List.of("on-dev", "no-branch"), runIds(client.runs().list(ListRunsRequest.builder().rev("dev").build()).items()));
      assertEquals(Map.of("rev", "dev"), Sdk.query(fake.requests().get(fake.requests().size() - 1)));
    }
  }

  @Test
  void metadataKeepsRunsWhoseMetadataHoldsEveryPair() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(0).start()) {
      TimbalClient client = fake.clientBuilder().build();
      fake.addRun(new FakeTimbal.RunSpec().id("a").metadata("env", "prod").metadata("channel", "slack")
          .createdAt(Instant.parse("2026-04-03T00:00:00Z")));
      fake.addRun(new FakeTimbal.RunSpec().id("b").metadata("env", "prod").createdAt(Instant.parse("2026-04-02T00:00:00Z")));
      fake.addRun(new FakeTimbal.RunSpec().id("c").metadata("env", "dev").createdAt(Instant.parse("2026-04-01T00:00:00Z")));
      assertEquals(List.of("a", "b"),
          runIds(client.runs().listAll(ListRunsRequest.builder().metadata("{\"env\":\"prod\"}").build())));
      assertEquals(Map.of("metadata", "{\"env\":\"prod\"}"), Sdk.query(fake.requests().get(0)));
      assertEquals(List.of("a"), runIds(client.runs().listAll(
          ListRunsRequest.builder().metadata("{\"env\":\"prod\",\"channel\":\"slack\"}").build())));

      BadRequestException e = assertThrows(BadRequestException.class,
          () -> client.runs().list(ListRunsRequest.builder().metadata("env=prod").build()));
      assertEquals(400, e.statusCode());
      assertEquals("metadata must be a JSON object, was 'env=prod'", e.detail().message());
      assertEquals(Optional.of("bad_request"), e.detail().code());
    }
  }

  // ---- runs: sorting -----------------------------------------------------------------------------------

  static Stream<Arguments> sorts() {
    List<Arguments> all = new ArrayList<>();
    for (RunSortField field : RunSortField.values()) {
      for (SortOrder order : SortOrder.values()) {
        all.add(Arguments.of(field, order));
      }
    }
    return all.stream();
  }

  /** The documented order, worked out here again: by the key then the id, in the direction; nulls last by id. */
  static List<String> sorted(List<ObjectNode> runs, String key, boolean descending) {
    Comparator<JsonNode> byKey = key.equals("id") ? Comparator.comparing(r -> r.get("id").asText())
        : key.equals("created_at") ? Comparator.comparing(TimbalClientAgainstFakeTest::createdAt)
        : Comparator.comparing(r -> r.get(key).decimalValue());
    Comparator<JsonNode> c = byKey.thenComparing(r -> r.get("id").asText());
    List<JsonNode> withKey = new ArrayList<>(runs.stream().filter(r -> !r.get(key).isNull()).toList());
    withKey.sort(descending ? c.reversed() : c);
    List<String> ids = new ArrayList<>(Sdk.ids(withKey));
    ids.addAll(runs.stream().filter(r -> r.get(key).isNull()).map(r -> r.get("id").asText()).sorted().toList());
    return ids;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sorts")
  void listAllSortsByEveryFieldInBothOrders(RunSortField field, SortOrder order, FakeTimbal fake, TimbalClient client) {
    fake.clearRequests();
    List<String> actual = runIds(client.runs().listAll(ListRunsRequest.builder().sortBy(field).sortOrder(order).build()));
    assertEquals(sorted(fake.runsJson(), field.value(), order == SortOrder.DESC), actual);
    assertListingRequests(fake.requests(), Map.of("sort_by", field.value(), "sort_order", order.value()), 12);
  }

  @Test
  void sortsDescendingWhenOnlyTheFieldIsGivenAndByCreationWhenOnlyTheOrderIs(FakeTimbal fake, TimbalClient client) {
    assertEquals(sorted(fake.runsJson(), "cost_usd", true),
        runIds(client.runs().listAll(ListRunsRequest.builder().sortBy(RunSortField.COST_USD).build())));
    fake.clearRequests();
    assertEquals(sorted(fake.runsJson(), "created_at", false),
        runIds(client.runs().listAll(ListRunsRequest.builder().sortOrder(SortOrder.ASC).build())));
    assertEquals(Map.of("sort_order", "asc"), Sdk.query(fake.requests().get(0)));
  }

  // ---- runs: one run -----------------------------------------------------------------------------------

  /** Every field of a run's detail, against the JSON the fake serves for it. */
  static void assertDetail(JsonNode raw, RunDetail detail) {
    assertRun(raw, RunFields.of(detail));
    assertEquals(Sdk.json(raw, "status_detail"), detail.statusDetail());
    List<JsonNode> spans = Sdk.elements(raw, "trace");
    assertEquals(spans.size(), detail.trace().size());
    assertTrue(spans.size() >= 2);
    for (int i = 0; i < spans.size(); i++) {
      JsonNode s = spans.get(i);
      TraceSpan span = detail.trace().get(i);
      assertEquals(s.get("call_id").asText(), span.callId());
      assertEquals(Sdk.text(s, "parent_call_id"), span.parentCallId());
      assertEquals(s.get("path").asText(), span.path());
      assertEquals(Instant.ofEpochMilli(s.get("t0").asLong()), span.t0());
      assertEquals(Sdk.number(s, "t1").map(Instant::ofEpochMilli), span.t1());
      assertEquals(Sdk.json(s, "input"), span.input());
      assertEquals(Sdk.json(s, "output"), span.output());
      assertEquals(Sdk.json(s, "error"), span.error());
      assertEquals(Sdk.json(s, "status"), span.status());
      Map<String, Long> usage = new HashMap<>();
      s.get("usage").properties().forEach(e -> usage.put(e.getKey(), e.getValue().asLong()));
      assertEquals(usage, span.usage());
      assertEquals(Sdk.fields(s.get("metadata")), span.metadata());
      assertEquals(Map.of(), span.additionalProperties());
    }
  }

  @Test
  void getReadsEveryFieldOfEveryKindOfRunById(FakeTimbal fake, TimbalClient client) {
    Set<String> statuses = new HashSet<>();
    boolean subRun = false;
    for (ObjectNode run : fake.runsJson()) {
      String id = run.get("id").asText();
      // One run of each status, and one sub-run: the shapes of status_detail and trace differ between them.
      boolean isSub = !run.get("parent_id").isNull();
      if (!statuses.add(run.get("status").asText()) && (subRun || !isSub)) {
        continue;
      }
      subRun |= isSub;
      JsonNode raw = FakeTimbalTest.get(fake, "/runs/" + id).json();
      fake.clearRequests();
      RunDetail detail = client.runs().get(GetRunRequest.builder().runId(id).build());
      assertDetail(raw, detail);
      RecordedRequest r = fake.requests().get(0);
      assertEquals("/orgs/org_demo/projects/proj_demo/runs/" + id, r.path());
      assertEquals(Map.of(), Sdk.query(r));
    }
    assertEquals(Set.of("success", "error", "running", "cancelled", "timeout"), statuses);
    assertTrue(subRun);
  }

  @Test
  void getFindsARunByItsIdempotencyKey(FakeTimbal fake, TimbalClient client) {
    ObjectNode run = fake.runsJson().get(17);
    RunDetail byKey = client.runs().get(GetRunRequest.builder().runId(run.get("idempotency_key").asText()).build());
    assertDetail(FakeTimbalTest.get(fake, "/runs/" + run.get("id").asText()).json(), byKey);
  }

  @Test
  void getSendsAnIdempotencyKeyWithReservedCharactersAsOnePathSegment() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(2).start()) {
      fake.addRun(new FakeTimbal.RunSpec().id("run_odd").idempotencyKey("order 42/retry?#1"));
      RunDetail detail = fake.clientBuilder().build().runs()
          .get(GetRunRequest.builder().runId("order 42/retry?#1").build());
      assertEquals("run_odd", detail.id());
      assertEquals("/orgs/org_demo/projects/proj_demo/runs/order%2042%2Fretry%3F%231", fake.requests().get(0).path());
    }
  }

  @Test
  void getOfAnUnknownRunOrProjectIsANotFoundException(FakeTimbal fake, TimbalClient client) {
    NotFoundException run = assertThrows(NotFoundException.class,
        () -> client.runs().get(GetRunRequest.builder().runId("run_missing").build()));
    assertEquals(404, run.statusCode());
    assertEquals("Run run_missing not found", run.detail().message());
    assertEquals(Optional.of("not_found"), run.detail().code());

    NotFoundException project = assertThrows(NotFoundException.class,
        () -> client.runs().get(GetRunRequest.builder().projectId("proj_other").runId("r").build()));
    assertEquals("Project proj_other not found in organization org_demo", project.detail().message());
    assertEquals("/orgs/org_demo/projects/proj_other/runs/r", fake.requests().get(fake.requests().size() - 1).path());
  }

  @Test
  void aWrongKeyIsAnAuthenticationException(FakeTimbal fake) {
    TimbalClient wrong = fake.clientBuilder().apiKey("tk_wrong").build();
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> wrong.runs().list(ListRunsRequest.builder().build()));
    assertEquals(401, e.statusCode());
    assertEquals("Invalid or missing API key", e.detail().message());
    assertFalse(e.getMessage().contains("tk_wrong"), "the key stays out of messages");
  }

  // ---- compose sessions --------------------------------------------------------------------------------

  static void assertComposeSession(JsonNode served, ComposeSession s) {
    // As it came off the wire: a node built in memory holds longs where a parsed one holds ints.
    JsonNode raw = Sdk.reparsed(served);
    String id = raw.get("id").asText();
    assertEquals(id, s.id());
    assertEquals(raw.get("uid").asText(), s.uid());
    assertEquals(Sdk.text(raw, "project_id"), s.projectId());
    assertEquals(raw.get("user_id").asText(), s.userId());
    assertEquals(raw.get("rev").asText(), s.rev());
    assertEquals(raw.get("status").asText(), s.status().value());
    assertEquals(Sdk.text(raw, "model"), s.model());
    assertEquals(Sdk.iso(raw, "created_at"), s.createdAt());
    assertEquals(Sdk.iso(raw, "last_active_at"), s.lastActiveAt());
    assertEquals(Sdk.number(raw, "input_tokens"), s.inputTokens());
    assertEquals(Sdk.number(raw, "output_tokens"), s.outputTokens());
    assertEquals(Sdk.number(raw, "cache_creation_tokens"), s.cacheCreationTokens());
    assertEquals(Sdk.number(raw, "cache_read_tokens"), s.cacheReadTokens());
    assertEquals(raw.has("cost_usd"), s.costUsd().isPresent(), id);
    if (raw.has("cost_usd")) {
      assertEquals(0, raw.get("cost_usd").decimalValue().compareTo(s.costUsd().orElseThrow()), id);
    }
    assertEquals(raw.has("cost_usd"), s.reportsUsage(), id);
    assertEquals(Sdk.text(raw, "first_prompt"), s.firstPrompt());
    assertEquals(raw.get("turn_count").asInt(), s.turnCount());
    assertEquals(raw.get("iteration_count").asInt(), s.iterationCount());
    assertEquals(raw.get("tool_call_count").asInt(), s.toolCallCount());
    assertEquals(Sdk.json(raw, "model_usage"), s.modelUsage());
    assertEquals(Map.of(), s.additionalProperties());
  }

  @Test
  void composeSessionsListEverySessionNewestFirst(FakeTimbal fake, TimbalClient client) {
    fake.clearRequests();
    List<ComposeSession> all = client.composeSessions().list(ListComposeSessionsRequest.builder().build());
    List<ObjectNode> expected = fake.composeSessionsJson();
    assertEquals(24, all.size());
    for (int i = 0; i < all.size(); i++) {
      assertComposeSession(expected.get(i), all.get(i));
    }
    RecordedRequest r = fake.requests().get(0);
    assertEquals("/orgs/org_demo/projects/proj_demo/compose/sessions", r.path());
    assertEquals(Map.of(), Sdk.query(r));
  }

  @Test
  void composeSessionsFilterByEachUser(FakeTimbal fake, TimbalClient client) {
    int total = 0;
    for (String user : fake.userIds()) {
      List<ObjectNode> expected = fake.composeSessionsJson().stream()
          .filter(s -> s.get("user_id").asText().equals(user)).toList();
      fake.clearRequests();
      List<ComposeSession> actual = client.composeSessions().list(ListComposeSessionsRequest.builder().userId(user).build());
      assertEquals(Sdk.ids(expected), actual.stream().map(ComposeSession::id).toList());
      assertEquals(Map.of("user_id", user), Sdk.query(fake.requests().get(0)));
      total += actual.size();
    }
    assertEquals(24, total, "every session belongs to one seeded user");
    assertEquals(List.of(), client.composeSessions().list(ListComposeSessionsRequest.builder().userId("usr_nobody").build()));
  }

  @Test
  void composeSessionDetailCarriesEveryMessage(FakeTimbal fake, TimbalClient client) {
    for (ObjectNode summary : fake.composeSessionsJson().subList(0, 5)) {
      String id = summary.get("id").asText();
      JsonNode raw = FakeTimbalTest.get(fake, "/compose/sessions/" + id).json();
      ComposeSessionDetail detail = client.composeSessions().get(GetComposeSessionRequest.builder().sessionId(id).build());
      assertEquals(id, detail.id());
      assertEquals(0, summary.get("cost_usd").decimalValue().compareTo(detail.costUsd().orElseThrow()));
      assertEquals(Sdk.json(raw, "model_usage"), detail.modelUsage());
      List<JsonNode> messages = Sdk.elements(raw, "messages");
      assertEquals(messages.size(), detail.messages().size());
      for (int i = 0; i < messages.size(); i++) {
        JsonNode m = messages.get(i);
        ComposeMessage message = detail.messages().get(i);
        assertEquals(Sdk.text(m, "id"), message.id());
        assertEquals(Sdk.text(m, "role"), message.role());
        assertEquals(Sdk.json(m, "content"), message.content());
        assertEquals(Optional.of(Sdk.iso(m, "created_at")), message.createdAt());
        // model and usage are not modelled: they are kept, not lost.
        Map<String, JsonNode> extra = new HashMap<>(Sdk.fields(m));
        extra.keySet().removeAll(Set.of("id", "role", "content", "created_at"));
        assertEquals(extra, message.additionalProperties());
      }
    }
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> client.composeSessions().get(GetComposeSessionRequest.builder().sessionId("nope").build()));
    assertEquals("Session nope not found", e.detail().message());
  }

  @Test
  void composeSessionsOfJune2026ReadWithoutInventedUsage() {
    try (FakeTimbal june = FakeTimbal.builder().composeShape(FakeTimbal.ComposeShape.JUNE_2026).start()) {
      TimbalClient client = june.clientBuilder().build();
      List<ComposeSession> all = client.composeSessions().list(ListComposeSessionsRequest.builder().build());
      List<ObjectNode> expected = june.composeSessionsJson();
      assertEquals(20, all.size());
      for (int i = 0; i < all.size(); i++) {
        ComposeSession s = all.get(i);
        assertComposeSession(expected.get(i), s);
        assertFalse(s.reportsUsage());
        assertTrue(s.firstPrompt().isPresent());
        assertEquals(Optional.empty(), s.toSessionUsage().costUsd(), "the June 2026 shape has no cost");
        assertEquals(dev.sessionkit.core.usage.TokenUsage.zero(), s.toSessionUsage().tokens());
      }
      String id = all.get(0).id();
      ComposeSessionDetail detail = client.composeSessions().get(GetComposeSessionRequest.builder().sessionId(id).build());
      assertEquals(all.get(0).firstPrompt(), detail.firstPrompt());
      assertEquals(Optional.empty(), detail.costUsd());
      assertEquals(Map.of(), detail.additionalProperties());
      assertEquals(Sdk.elements(FakeTimbalTest.get(june, "/compose/sessions/" + id).json(), "messages").size(),
          detail.messages().size());
    }
  }

  /** A filter that the server of a shape declares is applied there; the other one, which it ignores, by the SDK. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(FakeTimbal.ComposeShape.class)
  void composeSessionFiltersGiveTheSameSessionsInEitherShape(FakeTimbal.ComposeShape shape) {
    try (FakeTimbal fake = FakeTimbal.builder().composeShape(shape).composeSessions(30).start()) {
      TimbalClient client = fake.clientBuilder().build();
      String user = fake.userIds().get(1);
      List<ObjectNode> all = fake.composeSessionsJson();
      for (String rev : List.of("main", "dev", "feat/billing-export")) {
        List<String> expected = all.stream().filter(x -> x.get("user_id").asText().equals(user)
            && x.get("rev").asText().equals(rev)).map(x -> x.get("id").asText()).toList();
        fake.clearRequests();
        List<ComposeSession> actual = client.composeSessions().list(ListComposeSessionsRequest.builder().userId(user)
            .rev(rev).build());
        assertEquals(expected, actual.stream().map(ComposeSession::id).toList(), shape + " " + rev);
        assertEquals(Map.of("user_id", user, "rev", rev), Sdk.query(fake.requests().get(0)));
        List<String> byRev = all.stream().filter(x -> x.get("rev").asText().equals(rev)).map(x -> x.get("id").asText())
            .toList();
        assertEquals(byRev, client.composeSessions().list(ListComposeSessionsRequest.builder().rev(rev).build())
            .stream().map(ComposeSession::id).toList());
      }
      List<String> byUser = all.stream().filter(x -> x.get("user_id").asText().equals(user))
          .map(x -> x.get("id").asText()).toList();
      assertFalse(byUser.isEmpty());
      assertEquals(byUser, client.composeSessions().list(ListComposeSessionsRequest.builder().userId(user).build())
          .stream().map(ComposeSession::id).toList());
    }
  }

  // ---- a deployment that wraps bodies in {"success": …} --------------------------------------------------

  @Test
  void readsRunsSessionsAndDetailsWrappedInSuccess() {
    try (FakeTimbal fake = FakeTimbal.builder().wrapInSuccess(true).runs(45).pageSize(20).start()) {
      TimbalClient client = fake.clientBuilder().build();
      List<ObjectNode> expected = fake.runsJson();
      List<Run> runs = new ArrayList<>();
      client.runs().listAll(ListRunsRequest.builder().build()).forEach(runs::add);
      assertEquals(Sdk.ids(expected), runIds(runs));
      for (int i = 0; i < runs.size(); i++) {
        assertRun(expected.get(i), RunFields.of(runs.get(i)));
      }
      String id = expected.get(3).get("id").asText();
      assertDetail(FakeTimbalTest.get(fake, "/runs/" + id).json().get("success"),
          client.runs().get(GetRunRequest.builder().runId(id).build()));
      List<ComposeSession> sessions = client.composeSessions().list(ListComposeSessionsRequest.builder().build());
      assertEquals(Sdk.ids(fake.composeSessionsJson()), sessions.stream().map(ComposeSession::id).toList());
    }
  }

  // ---- reactions (they change the fake: each test has its own, with pages of 4) ----------------------------

  static FakeTimbal reactionsFake() {
    return FakeTimbal.builder().runs(30).pageSize(4).start();
  }

  @Test
  void reactionsListReadsEveryFieldOfASeededReaction() {
    try (FakeTimbal fake = reactionsFake()) {
      TimbalClient client = fake.clientBuilder().build();
      String id = fake.runsJson().stream().filter(r -> !r.get("last_reaction_sentiment").isNull())
          .map(r -> r.get("id").asText()).findFirst().orElseThrow();
      JsonNode raw = FakeTimbalTest.get(fake, "/runs/" + id + "/reactions").json().get("reactions").get(0);
      fake.clearRequests();
      Page<Reaction> page = client.runs().reactions().list(ListReactionsRequest.builder().runId(id).build());
      assertEquals(1, page.items().size());
      assertFalse(page.hasNextPage());
      Reaction reaction = page.items().get(0);
      assertEquals(raw.get("id").asText(), reaction.id());
      assertUser(raw.get("user"), reaction.user());
      assertEquals(Sentiment.of(raw.get("sentiment").asText()), reaction.sentiment());
      assertEquals(Instant.ofEpochMilli(raw.get("created_at").asLong()), reaction.createdAt());
      assertEquals(Sdk.text(raw, "feedback"), reaction.feedback());
      assertEquals(Map.of(), reaction.additionalProperties());
      RecordedRequest r = fake.requests().get(0);
      assertEquals("/orgs/org_demo/projects/proj_demo/runs/" + id + "/reactions", r.path());
      assertEquals(Map.of(), Sdk.query(r));
    }
  }

  @Test
  void reactionsCreateSendsTheBodyAndTheNewReactionComesFirst() {
    try (FakeTimbal fake = reactionsFake()) {
      TimbalClient client = fake.clientBuilder().build();
      String id = fake.runsJson().get(0).get("id").asText();
      fake.clearRequests();
      client.runs().reactions().create(CreateReactionRequest.builder().runId(id).sentiment(Sentiment.NEGATIVE)
          .feedback("Too slow").build());
      client.runs().reactions().create(CreateReactionRequest.builder().runId(id).sentiment("positive").build());
      RecordedRequest first = fake.requests().get(0);
      assertEquals("POST", first.method());
      assertEquals("/orgs/org_demo/projects/proj_demo/runs/" + id + "/reactions", first.path());
      assertEquals(Optional.of("application/json"), first.header("content-type").map(v -> v.replaceAll(";.*", "")));
      assertEquals(Wire.json("{\"sentiment\":\"negative\",\"feedback\":\"Too slow\"}"), Wire.json(first.body()));
      assertEquals(Wire.json("{\"sentiment\":\"positive\"}"), Wire.json(fake.requests().get(1).body()));

      List<Reaction> reactions = client.runs().reactions().list(ListReactionsRequest.builder().runId(id).build()).items();
      assertEquals(Sentiment.POSITIVE, reactions.get(0).sentiment());
      assertEquals(Optional.empty(), reactions.get(0).feedback());
      assertEquals(Sentiment.NEGATIVE, reactions.get(1).sentiment());
      assertEquals(Optional.of("Too slow"), reactions.get(1).feedback());
      assertEquals(Optional.of(Sentiment.POSITIVE),
          client.runs().get(GetRunRequest.builder().runId(id).build()).lastReactionSentiment());
    }
  }

  @Test
  void reactionsListAllWalksEveryPageNewestFirst() {
    try (FakeTimbal fake = reactionsFake()) {
      TimbalClient client = fake.clientBuilder().build();
      fake.addRun(new FakeTimbal.RunSpec().id("run_reacted"));
      List<String> feedback = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        client.runs().reactions().create(CreateReactionRequest.builder().runId("run_reacted")
            .sentiment(i % 2 == 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE).feedback("note " + i).build());
        feedback.add(0, "note " + i);
      }
      fake.clearRequests();
      List<String> listed = new ArrayList<>();
      client.runs().reactions().listAll(ListReactionsRequest.builder().runId("run_reacted").build())
          .forEach(r -> listed.add(r.feedback().orElseThrow()));
      assertEquals(feedback, listed);
      assertEquals(3, fake.requests().size(), "pages of 4, 4 and 2");
      assertFalse(fake.requests().get(0).queryParam("page_token").isPresent());
      assertTrue(fake.requests().get(1).queryParam("page_token").isPresent());
      assertTrue(fake.requests().get(2).queryParam("page_token").isPresent());
    }
  }

  @Test
  void reactionsOfAnUnknownRunAreNotFound(TimbalClient client) {
    NotFoundException list = assertThrows(NotFoundException.class,
        () -> client.runs().reactions().list(ListReactionsRequest.builder().runId("run_gone").build()));
    assertEquals("Run run_gone not found", list.detail().message());
    assertThrows(NotFoundException.class, () -> client.runs().reactions().create(
        CreateReactionRequest.builder().runId("run_gone").sentiment(Sentiment.POSITIVE).build()));
  }
}
