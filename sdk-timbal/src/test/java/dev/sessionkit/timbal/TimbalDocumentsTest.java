package dev.sessionkit.timbal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.core.json.OpenValue;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Reaction;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.runs.RunSortField;
import dev.sessionkit.timbal.runs.RunUser;
import dev.sessionkit.timbal.runs.Sentiment;
import dev.sessionkit.timbal.runs.SortOrder;
import dev.sessionkit.timbal.runs.TraceSpan;
import dev.sessionkit.timbal.runs.Workforce;
import dev.sessionkit.timbal.runs.WorkforceType;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ComposeSessionDetail;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import dev.sessionkit.timbal.testing.TimbalDocuments;
import dev.sessionkit.timbal.testing.TimbalWireMock;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK against Timbal's own documents ({@code ../shared/vendor-data/timbal}): every model declares exactly the
 * properties of its schema with a type that fits, reads a body with every documented field leaving nothing over,
 * reads a body with only the required ones, and every request sends only documented parameters. Skipped with one
 * message where the documents are absent.
 */
class TimbalDocumentsTest {
  private static final String PROJECT = "/orgs/acme/projects/support-bot";
  private static final String RUNS_PATH = "/orgs/{org_id}/projects/{project_id}/runs";
  private static final String RUN_PATH = RUNS_PATH + "/{run_id}";
  private static final String REACTIONS_PATH = RUN_PATH + "/reactions";
  private static final String SESSIONS_PATH = "/orgs/{org_id}/projects/{project_id}/compose/sessions";
  private static final String SESSION_PATH = SESSIONS_PATH + "/{session_id}";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TimbalClient timbal = TimbalWireMock.client(wm, new RecordingSleeper());

  /** The JSON names a model reads: the {@code @JsonProperty} accessors of it and its shared base. */
  private static Map<String, Method> jsonProperties(Class<?> model) {
    Map<String, Method> out = new TreeMap<>();
    for (Class<?> c = model; c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        JsonProperty p = m.getAnnotation(JsonProperty.class);
        if (p != null) {
          out.putIfAbsent(p.value(), m);
        }
      }
    }
    return out;
  }

  /** Whether a Java type can hold what the property's schema allows. */
  private static boolean fits(TimbalDocuments doc, JsonNode property, Type javaType) {
    Type t = javaType;
    if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      t = p.getActualTypeArguments()[0];
    }
    Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    JsonNode s = doc.nonNull(property);
    switch (doc.type(s)) {
      case "string":
        return s.path("format").asText().equals("date-time") ? raw == Instant.class
            : raw == String.class || OpenValue.class.isAssignableFrom(raw);
      case "integer":
        // int64 epoch milliseconds are read as instants (created_at of a reaction, deleted_at of a workforce).
        return s.path("format").asText().equals("int64") ? raw == Long.class || raw == long.class || raw == Instant.class
            : raw == Integer.class || raw == int.class;
      case "number":
        return raw == BigDecimal.class;
      case "boolean":
        return raw == Boolean.class || raw == boolean.class;
      case "array":
        return raw == List.class;
      case "object":
        return raw.getPackageName().startsWith("dev.sessionkit.timbal");
      default:
        return true; // {}: any JSON; the model chooses its reading (JsonNode, or the trace's spans)
    }
  }

  private static void assertModelMatches(TimbalDocuments doc, Set<String> documented, Map<String, JsonNode> schemas,
      Class<?> model) {
    Map<String, Method> declared = jsonProperties(model);
    assertEquals(new TreeSet<>(documented), declared.keySet(), model.getSimpleName() + " against the document");
    declared.forEach((name, accessor) -> assertTrue(fits(doc, schemas.get(name), accessor.getGenericReturnType()),
        model.getSimpleName() + "." + accessor.getName() + "() is " + accessor.getGenericReturnType()
            + " for " + schemas.get(name)));
  }

  private static void assertModelMatches(TimbalDocuments doc, String schema, Class<?> model) {
    Map<String, JsonNode> properties = doc.properties(doc.schema(schema));
    assertModelMatches(doc, properties.keySet(), properties, model);
  }

  // ---- the models ----------------------------------------------------------------------------------------

  @Test
  void everyRunModelDeclaresExactlyItsSchemasPropertiesWithFittingTypes() {
    TimbalDocuments doc = TimbalDocuments.openApi(TimbalDocuments.RUNS);

    assertModelMatches(doc, "RunPreview", Run.class);
    assertModelMatches(doc, "RunDetail", RunDetail.class);
    assertModelMatches(doc, "WorkforcePreview", Workforce.class);
    assertModelMatches(doc, "UserRef", RunUser.class);
    assertModelMatches(doc, "Reaction", Reaction.class);
    assertEquals(Set.of("agent", "workflow", "unknown"), Set.of(WorkforceType.AGENT.value(),
        WorkforceType.WORKFLOW.value(), WorkforceType.UNKNOWN.value()));
    doc.schema("AppType").get("enum").forEach(v -> assertTrue(WorkforceType.of(v.asText()).isKnown(), v.asText()));
  }

  @Test
  void theComposeModelsDeclareThePropertiesOfBothDocumentsTogether() {
    TimbalDocuments april = TimbalDocuments.openApi(TimbalDocuments.COMPOSE_APRIL_2026);
    TimbalDocuments june = TimbalDocuments.openApi(TimbalDocuments.COMPOSE_JUNE_2026);
    for (String schema : List.of("ProjectSession", "SessionDetail")) {
      Map<String, JsonNode> both = new TreeMap<>(june.properties(june.schema(schema)));
      both.putAll(april.properties(april.schema(schema)));
      Class<?> model = schema.equals("ProjectSession") ? ComposeSession.class : ComposeSessionDetail.class;
      assertModelMatches(april, both.keySet(), both, model);
    }
    // What the two shapes differ in, as the documents say it.
    Set<String> onlyApril = new TreeSet<>(april.properties(april.schema("ProjectSession")).keySet());
    onlyApril.removeAll(june.properties(june.schema("ProjectSession")).keySet());
    Set<String> onlyJune = new TreeSet<>(june.properties(june.schema("ProjectSession")).keySet());
    onlyJune.removeAll(april.properties(april.schema("ProjectSession")).keySet());
    assertEquals(Set.of("cache_creation_tokens", "cache_read_tokens", "cost_usd", "input_tokens", "model_usage",
        "output_tokens", "project_id"), onlyApril);
    assertEquals(Set.of("first_prompt"), onlyJune);
  }

  // ---- bodies made from the schemas ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void runListingsDetailsAndReactionsReadEveryDocumentedBody(boolean full) {
    TimbalDocuments doc = TimbalDocuments.openApi(TimbalDocuments.RUNS);
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs"))
        .willReturn(okJson(doc.sample(doc.response(RUNS_PATH, "get"), full).toString())));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs/r1"))
        .willReturn(okJson(doc.sample(doc.response(RUN_PATH, "get"), full).toString())));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs/r1/reactions"))
        .willReturn(okJson(doc.sample(doc.response(REACTIONS_PATH, "get"), full).toString())));

    List<Run> runs = timbal.runs().list(ListRunsRequest.builder().build()).items();
    RunDetail detail = timbal.runs().get(GetRunRequest.builder().runId("r1").build());
    List<Reaction> reactions = timbal.runs().reactions().list(ListReactionsRequest.builder().runId("r1").build())
        .items();

    assertEquals(1, runs.size());
    assertEquals(1, reactions.size());
    Run run = runs.get(0);
    assertEquals("id-1", run.id());
    assertEquals("name-1", run.workforce().name());
    assertEquals(Optional.of(WorkforceType.AGENT), run.workforce().type());
    if (full) {
      assertEquals(Map.of(), run.additionalProperties(), "every documented field is modelled");
      assertEquals(Map.of(), run.user().additionalProperties());
      assertEquals(Map.of(), run.workforce().additionalProperties());
      assertEquals(Optional.of(Instant.ofEpochMilli(1_755_684_930_250L)), run.workforce().deletedAt());
      assertEquals(Optional.of(Sentiment.of("last_reaction_sentiment-1")), run.lastReactionSentiment());
      assertEquals(Map.of(), reactions.get(0).additionalProperties());
      assertEquals(Instant.ofEpochMilli(1_755_684_930_250L), reactions.get(0).createdAt());
      assertEquals(Optional.of("feedback-1"), reactions.get(0).feedback());
      assertEquals(Optional.of(1_755_684_930_250L), detail.durationMs());
    } else {
      assertEquals(Optional.empty(), run.durationMs());
      assertEquals(Optional.empty(), run.workforce().deletedAt());
      assertEquals(Optional.empty(), run.workforce().url());
      assertEquals(Optional.empty(), reactions.get(0).feedback());
      assertEquals(Optional.empty(), detail.durationMs());
      assertEquals(Optional.empty(), detail.groupId());
      assertEquals(Optional.empty(), detail.parentId());
      assertEquals(Optional.empty(), detail.lastReactionSentiment());
      assertEquals(Optional.empty(), detail.user().photoUrl());
    }
    assertEquals(Map.of(), detail.additionalProperties());
    assertEquals("id-1", detail.user().id());
    assertEquals(Optional.of("email-1"), detail.user().email());
    assertEquals(new BigDecimal("0.125"), detail.costUsd());
    assertEquals(Instant.parse("2026-08-20T10:15:30.250Z"), detail.createdAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {TimbalDocuments.COMPOSE_APRIL_2026, TimbalDocuments.COMPOSE_JUNE_2026})
  void composeSessionsReadEveryBodyOfEitherDocument(String file) {
    TimbalDocuments doc = TimbalDocuments.openApi(file);
    boolean april = file.equals(TimbalDocuments.COMPOSE_APRIL_2026);
    for (boolean full : new boolean[] {true, false}) {
      wm.resetAll();
      wm.stubFor(get(urlPathEqualTo(PROJECT + "/compose/sessions"))
          .willReturn(okJson(doc.sample(doc.response(SESSIONS_PATH, "get"), full).toString())));
      wm.stubFor(get(urlPathEqualTo(PROJECT + "/compose/sessions/s1"))
          .willReturn(okJson(doc.sample(doc.response(SESSION_PATH, "get"), full).toString())));

      ComposeSession s = timbal.composeSessions().list(ListComposeSessionsRequest.builder().build()).get(0);
      ComposeSessionDetail d = timbal.composeSessions().get(GetComposeSessionRequest.builder().sessionId("s1").build());

      String what = file + (full ? " (every field)" : " (required fields)");
      assertEquals(Map.of(), s.additionalProperties(), what);
      assertEquals(Map.of(), d.additionalProperties(), what);
      assertEquals(april, s.reportsUsage(), what);
      assertEquals(april, s.toSessionUsage().costUsd().isPresent(), what);
      assertEquals(april ? Optional.of(1_755_684_930_250L) : Optional.empty(), s.inputTokens(), what);
      assertEquals(april ? Optional.of("project_id-1") : Optional.empty(), s.projectId(), what);
      assertEquals(!april && full ? Optional.of("first_prompt-1") : Optional.empty(), s.firstPrompt(), what);
      assertEquals(full ? Optional.of("model-1") : Optional.empty(), s.model(), what);
      assertEquals("user_id-1", s.userId());
      assertEquals("rev-1", s.rev());
      assertEquals(7, s.turnCount());
      assertEquals(List.of(), d.messages(), "items of any shape: the sample has none");
    }
  }

  @Test
  void timbalsOwnSpansReadWithEveryField() {
    TimbalDocuments doc = TimbalDocuments.openApi(TimbalDocuments.RUNS);
    ObjectNode detail = (ObjectNode) doc.sample(doc.response(RUN_PATH, "get"), false);
    detail.set("trace", TimbalDocuments.json(TimbalDocuments.DOCS_SPANS));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs/r1")).willReturn(okJson(detail.toString())));

    List<TraceSpan> trace = timbal.runs().get(GetRunRequest.builder().runId("r1").build()).trace();

    assertEquals(2, trace.size());
    for (TraceSpan span : trace) {
      assertEquals("agent.llm", span.path());
      assertTrue(span.callId().startsWith("068c4458383678be800031537a8df42e"), span.callId());
      assertEquals(Optional.of("068c4458382e708f8000cc0f9b19d970"), span.parentCallId());
      assertEquals(Instant.ofEpochMilli(1640995200000L), span.t0());
      assertEquals(Optional.of(Instant.ofEpochMilli(1640995201000L)), span.t1());
      assertEquals(Optional.of(1000L), span.elapsed());
      assertEquals("openai/gpt-4o-mini", span.input().orElseThrow().get("model").asText());
      assertEquals("Hello! How can I assist you today?", span.output().orElseThrow().at("/content/0/text").asText());
      assertEquals(Optional.empty(), span.error());
      assertEquals(Map.of("openai/gpt-4o-mini:input_tokens", 32L, "openai/gpt-4o-mini:output_tokens", 10L),
          span.usage());
      assertEquals("LLM", span.metadata().get("type").asText());
      assertEquals(new BigDecimal("1.218775834015105"), span.metadata().get("ttft").decimalValue());
      assertEquals(Map.of(), span.additionalProperties());
    }
    assertEquals(Optional.empty(), trace.get(0).status(), "the docs' span has no status");
    assertEquals("success", trace.get(1).status().orElseThrow().get("code").asText());
    assertTrue(trace.get(1).status().orElseThrow().get("reason").isNull());
  }

  // ---- the requests --------------------------------------------------------------------------------------

  @Test
  void everyRequestSendsOnlyDocumentedParameters() {
    TimbalDocuments runsDoc = TimbalDocuments.openApi(TimbalDocuments.RUNS);
    TimbalDocuments april = TimbalDocuments.openApi(TimbalDocuments.COMPOSE_APRIL_2026);
    TimbalDocuments june = TimbalDocuments.openApi(TimbalDocuments.COMPOSE_JUNE_2026);
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs")).withQueryParam("page_token", absent())
        .willReturn(okJson("{\"runs\": [], \"next_page_token\": \"t2\"}")));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs")).withQueryParam("page_token", equalTo("t2"))
        .willReturn(okJson("{\"runs\": [], \"next_page_token\": null}")));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs/r1/reactions")).withQueryParam("page_token", absent())
        .willReturn(okJson("{\"reactions\": [], \"next_page_token\": \"x2\"}")));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/runs/r1/reactions")).withQueryParam("page_token", equalTo("x2"))
        .willReturn(okJson("{\"reactions\": []}")));
    wm.stubFor(get(urlPathEqualTo(PROJECT + "/compose/sessions")).willReturn(okJson("[]")));

    timbal.runs().listAll(ListRunsRequest.builder().userId("u").status("error").sentiment("negative").groupId("g")
        .workforceId("w").rev("main").from(Instant.EPOCH).to(Instant.EPOCH.plusSeconds(1)).metadata("{}").roots(true)
        .sortBy(RunSortField.COST_USD).sortOrder(SortOrder.ASC).build()).stream().count();
    timbal.runs().reactions().listAll(ListReactionsRequest.builder().runId("r1").build()).stream().count();
    timbal.composeSessions().list(ListComposeSessionsRequest.builder().userId("u").build());
    timbal.composeSessions().list(ListComposeSessionsRequest.builder().rev("main").build());

    Set<String> runParams = new TreeSet<>();
    wm.findAll(getRequestedFor(urlPathEqualTo(PROJECT + "/runs"))).forEach(r -> runParams.addAll(names(r)));
    assertEquals(runsDoc.queryParameters(RUNS_PATH, "get"), runParams, "every run filter, each documented");
    Set<String> reactionParams = new TreeSet<>();
    wm.findAll(getRequestedFor(urlPathEqualTo(PROJECT + "/runs/r1/reactions")))
        .forEach(r -> reactionParams.addAll(names(r)));
    assertEquals(runsDoc.queryParameters(REACTIONS_PATH, "get"), reactionParams);
    List<LoggedRequest> sessions = wm.findAll(getRequestedFor(urlPathEqualTo(PROJECT + "/compose/sessions")));
    assertEquals(april.queryParameters(SESSIONS_PATH, "get"), names(sessions.get(0)), "seed 000's filter");
    assertEquals(june.queryParameters(SESSIONS_PATH, "get"), names(sessions.get(1)), "June 2026's filter");
    assertFalse(runParams.isEmpty());
  }

  private static Set<String> names(LoggedRequest r) {
    return new TreeSet<>(r.getQueryParams().keySet());
  }
}
