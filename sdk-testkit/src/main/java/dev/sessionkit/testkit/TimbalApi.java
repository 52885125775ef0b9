package dev.sessionkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Cursors;
import dev.sessionkit.testkit.internal.ErrorStyle;
import dev.sessionkit.testkit.internal.HttpAuth;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.ModelPrice;
import dev.sessionkit.testkit.internal.QueryString;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Router;
import dev.sessionkit.testkit.internal.Seeded;
import dev.sessionkit.testkit.internal.Times;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The Timbal fake's records, seeded data and routes. Thread-safe: every record access holds {@link #lock}. */
final class TimbalApi {
  static final ErrorStyle ERRORS = ErrorStyle.codeAndMessage();
  static final int MAX_USERS = 8;

  private static final List<String> NAMES = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing",
      "Katherine Johnson", "Margaret Hamilton", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth");
  private static final List<String> SORT_KEYS = List.of("id", "created_at", "duration_ms", "cost_usd", "cost_credits");
  private static final BigDecimal CREDITS_PER_USD = BigDecimal.valueOf(100);
  /** How much of the first prompt a session of June 2026 carries as its {@code first_prompt}. */
  private static final int FIRST_PROMPT_CHARS = 40;

  /**
   * A seeded workforce: what it is called, its kind ({@code AppType}: agent or workflow), the model it runs, what
   * it is asked and which tools it calls.
   */
  private record Workforce(String name, String type, String description, String model, List<String> prompts,
      List<String> tools) {}

  private static final List<Workforce> WORKFORCES = List.of(
      new Workforce("support-agent", "agent", "Answers customer tickets from the help centre", "gpt-4o-mini",
          List.of("How do I reset my password?", "Can I change the billing email on my account?",
              "Why was I charged twice this month?", "The CSV export does nothing in Safari.",
              "How do I invite a teammate to my workspace?"),
          List.of("search_knowledge_base", "lookup_invoice", "create_ticket")),
      new Workforce("research-agent", "agent", "Reads sources and writes cited briefs", "claude-sonnet-4-5",
          List.of("Summarise this week's papers on retrieval-augmented generation.",
              "Compare Postgres and ClickHouse for product analytics.",
              "What changed in the EU AI Act timeline this year?"),
          List.of("web_search", "fetch_url")),
      new Workforce("sql-analyst", "workflow", "Turns questions into SQL over the warehouse", "gemini-2.5-pro",
          List.of("Weekly active users by plan for the last 8 weeks.", "Top 10 customers by revenue in Q1.",
              "Accounts that churned with more than 5 seats."),
          List.of("describe_table", "run_sql")));

  private static final class Session {
    final ObjectNode json;
    final ArrayNode messages;

    Session(ObjectNode json, ArrayNode messages) {
      this.json = json;
      this.messages = messages;
    }

    String id() {
      return json.path("id").asText();
    }

    /** The creation time; a raw session without a readable one sorts oldest. */
    Instant createdAt() {
      return instantOrEpoch(json);
    }
  }

  private static final class Run {
    final ObjectNode json;
    final JsonNode statusDetail;
    final ArrayNode trace;
    final String rev;
    final Map<String, String> metadata;
    /** Newest first. */
    final List<ObjectNode> reactions = new ArrayList<>();

    Run(ObjectNode json, JsonNode statusDetail, ArrayNode trace, String rev, Map<String, String> metadata) {
      this.json = json;
      this.statusDetail = statusDetail;
      this.trace = trace;
      this.rev = rev;
      this.metadata = metadata;
    }

    String id() {
      return json.path("id").asText();
    }

    Instant createdAt() {
      return instantOrEpoch(json);
    }
  }

  private static Instant instantOrEpoch(ObjectNode json) {
    String t = Json.text(json, "created_at");
    try {
      return t == null ? Instant.EPOCH : Instant.parse(t);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  final String apiKey;
  final String orgId;
  final String projectId;
  private final int pageSize;
  private final boolean wrapInSuccess;
  private final FakeTimbal.ComposeShape composeShape;
  private final Instant reference;
  private final Clock clock;
  private final List<ObjectNode> users = new ArrayList<>();
  private final List<ObjectNode> workforces = new ArrayList<>();
  private final Object lock = new Object();
  private final List<Session> sessions = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();
  /** Randomness for records added after start, apart from the seeded ones so adding never changes those. */
  private final Seeded forAdded;

  TimbalApi(FakeTimbal.Builder b, Clock clock) {
    this.apiKey = b.apiKey;
    this.orgId = b.orgId;
    this.projectId = b.projectId;
    this.pageSize = b.pageSize;
    this.wrapInSuccess = b.wrapInSuccess;
    this.composeShape = b.composeShape;
    this.reference = b.referenceTime;
    this.clock = clock;
    Seeded root = new Seeded(b.seed);
    Seeded people = root.split();
    for (int i = 0; i < b.users; i++) {
      String name = NAMES.get(i);
      String id = "usr_" + people.hex(12);
      ObjectNode u = Json.object().put("email", name.split(" ")[0].toLowerCase() + "@example.com").put("id", id)
          .put("name", name);
      u.put("photo_url", people.chance(0.5) ? "https://avatars.example.com/" + id + ".png" : null);
      users.add(u);
    }
    for (Workforce w : WORKFORCES) {
      String id = "wf_" + people.hex(12);
      workforces.add(Json.object().put("id", id).put("type", w.type).put("name", w.name).putNull("deleted_at")
          .put("description", w.description).put("uid", people.uuid())
          .put("url", "https://app.timbal.ai/" + b.orgId + "/workforces/" + id));
    }
    seedSessions(root.split(), b.composeSessions, b.messagesPerSession);
    seedRuns(root.split(), b.runs);
    this.forAdded = root.split();
  }

  // ---- seeded data -------------------------------------------------------------------------------------

  private void seedSessions(Seeded random, int count, int messages) {
    for (int i = 0; i < count; i++) {
      Seeded r = random.split();
      FakeTimbal.ComposeSessionSpec spec = new FakeTimbal.ComposeSessionSpec()
          .userId(r.pick(users).path("id").asText())
          .model(r.weighted(List.of("claude-sonnet-4-5", "claude-opus-4-1", "gpt-4.1"), 6, 1, 2))
          .rev(r.weighted(List.of("main", "dev", "feat/billing-export"), 6, 3, 1))
          .messages(messages);
      // A few sessions are still going on near the reference time; the rest ended hours or days ago.
      boolean active = r.chance(0.15);
      // Messages come up to 90 s apart: start early enough that the last one is not after the reference time.
      Instant latestStart = reference.minusSeconds(90L * messages);
      spec.createdAt(r.before(latestStart, active ? Duration.ofMinutes(20) : Duration.ofDays(30)));
      spec.status(active ? "active" : "idle");
      sessions.add(materialize(spec, r));
    }
  }

  private void seedRuns(Seeded random, int count) {
    List<Run> roots = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Seeded r = random.split();
      FakeTimbal.RunSpec spec = new FakeTimbal.RunSpec()
          .status(r.weighted(List.of("success", "error", "running", "cancelled", "timeout"), 80, 8, 4, 4, 4));
      Run parent = !roots.isEmpty() && r.chance(0.2) ? r.pick(roots) : null;
      if (parent != null) {
        // A sub-run: same user, workforce and group as its parent, started while the parent ran.
        spec.parentId(parent.id()).userId(Json.text(parent.json, "user", "id"))
            .workforceId(Json.text(parent.json, "workforce", "id"))
            .createdAt(parent.createdAt().plusMillis(r.between(200, 20_000)));
        String group = Json.text(parent.json, "group_id");
        if (group != null) {
          spec.groupId(group);
        }
      } else {
        spec.userId(r.pick(users).path("id").asText()).workforceId(r.pick(workforces).path("id").asText())
            .createdAt(r.before(reference, Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS));
        if (r.chance(0.7)) {
          spec.groupId("grp_" + r.hex(10));
        }
      }
      String rev = r.weighted(List.of("main", "staging", ""), 6, 2, 2);
      if (!rev.isEmpty()) {
        spec.rev(rev);
      }
      spec.metadata("channel", r.pick(List.of("web", "slack", "api"))).metadata("env", r.weighted(List.of("prod", "staging"), 4, 1));
      if (!spec.status.equals("running") && r.chance(0.25)) {
        spec.sentiment(r.weighted(List.of("positive", "negative"), 7, 3));
      }
      Run run = materialize(spec, r);
      runs.add(run);
      if (parent == null) {
        roots.add(run);
      }
    }
  }

  // ---- specs to records --------------------------------------------------------------------------------

  private Session materialize(FakeTimbal.ComposeSessionSpec spec, Seeded r) {
    ModelPrice main = model(spec.model != null ? spec.model : "claude-sonnet-4-5");
    ModelPrice helper = ModelPrice.named("claude-haiku-4-5");
    int count = spec.messages != null ? spec.messages : 6;
    Instant t = spec.createdAt != null ? spec.createdAt.truncatedTo(ChronoUnit.MILLIS) : reference;
    Instant created = t;
    ArrayNode messages = Json.array();
    Map<String, long[]> perModel = new TreeMap<>();
    int turns = 0;
    int toolCalls = 0;
    String pendingTool = null;
    for (int i = 0; i < count; i++) {
      ObjectNode m = messages.addObject().put("id", "msg_" + r.hex(24));
      if (i % 2 == 0) {
        m.put("role", "user");
        ArrayNode content = m.putArray("content");
        if (pendingTool != null) {
          content.addObject().put("type", "tool_result").put("tool_use_id", pendingTool)
              .put("content", "Exit code 0. 14 tests passed.");
          pendingTool = null;
        } else {
          turns++;
          content.addObject().put("type", "text").put("text", r.pick(List.of("Add a CSV export to the billing page.",
              "Why does the invoices test fail on CI?", "Rename the Customer.plan field to tier everywhere.",
              "Write a migration that backfills the new column.")));
        }
      } else {
        ModelPrice used = r.chance(0.85) ? main : helper;
        long in = r.between(2_000, 30_000);
        long out = r.between(100, 2_500);
        long cacheWrite = r.chance(0.5) ? r.between(500, 8_000) : 0;
        long cacheRead = r.between(0, 40_000);
        long[] sums = perModel.computeIfAbsent(used.qualifiedName(), k -> new long[4]);
        sums[0] += in;
        sums[1] += out;
        sums[2] += cacheWrite;
        sums[3] += cacheRead;
        m.put("role", "assistant").put("model", used.qualifiedName());
        ArrayNode content = m.putArray("content");
        content.addObject().put("type", "text").put("text", r.pick(List.of("I'll look at the failing test first.",
            "Done: the export now streams rows instead of building the file in memory.",
            "The field is renamed in the model, the serializer and the two templates.")));
        if (r.chance(0.6) && i + 1 < count) {
          pendingTool = "toolu_" + r.hex(20);
          toolCalls++;
          content.addObject().put("type", "tool_use").put("id", pendingTool).put("name", "bash")
              .set("input", Json.object().put("command", "mvn -q test"));
        }
        m.set("usage", Json.object().put("input_tokens", in).put("output_tokens", out)
            .put("cache_creation_input_tokens", cacheWrite).put("cache_read_input_tokens", cacheRead));
      }
      m.put("created_at", Times.isoUtc(t));
      t = t.plusMillis(r.between(2_000, 90_000));
    }
    Instant last = messages.isEmpty() ? created : Instant.parse(messages.get(messages.size() - 1).path("created_at").asText());
    long[] totals = new long[4];
    BigDecimal cost = BigDecimal.ZERO.setScale(6);
    ObjectNode usage = Json.object();
    for (Map.Entry<String, long[]> e : perModel.entrySet()) {
      long[] s = e.getValue();
      BigDecimal c = model(e.getKey()).cost(s[0], s[1], s[2], s[3]);
      usage.set(e.getKey(), Json.object().put("input_tokens", s[0]).put("output_tokens", s[1])
          .put("cache_creation_tokens", s[2]).put("cache_read_tokens", s[3]).put("cost_usd", c.stripTrailingZeros()));
      for (int k = 0; k < 4; k++) {
        totals[k] += s[k];
      }
      cost = cost.add(c);
    }
    String id = spec.id != null ? spec.id : r.uuid();
    String uid = "cmp_" + r.hex(12);
    String rev = spec.rev != null ? spec.rev : "main";
    String status = spec.status != null ? spec.status : "idle";
    String userId = spec.userId != null ? spec.userId : users.get(0).path("id").asText();
    String model = perModel.isEmpty() ? null : main.qualifiedName();
    ObjectNode json = Json.object();
    if (composeShape == FakeTimbal.ComposeShape.JUNE_2026) {
      // d8af300's ProjectSession: no project, no tokens, no cost, no model_usage; the first prompt as a title.
      json.put("created_at", Times.isoUtc(created)).put("first_prompt", firstPrompt(messages)).put("id", id)
          .put("iteration_count", count / 2).put("last_active_at", Times.isoUtc(last)).put("model", model)
          .put("rev", rev).put("status", status).put("tool_call_count", toolCalls).put("turn_count", turns)
          .put("uid", uid).put("user_id", userId);
      return new Session(json, messages);
    }
    json.put("cache_creation_tokens", totals[2]).put("cache_read_tokens", totals[3])
        .put("cost_usd", cost.stripTrailingZeros())
        .put("created_at", Times.isoUtc(created))
        .put("id", id)
        .put("input_tokens", totals[0])
        .put("iteration_count", count / 2)
        .put("last_active_at", Times.isoUtc(last));
    json.set("model_usage", usage);
    json.put("output_tokens", totals[1])
        .put("project_id", projectId)
        .put("rev", rev)
        .put("status", status)
        .put("tool_call_count", toolCalls)
        .put("turn_count", turns)
        .put("uid", uid)
        .put("user_id", userId)
        .put("model", model);
    return new Session(json, messages);
  }

  /** The text of the first user prompt, cut as a title; null when the session has none. */
  private static String firstPrompt(ArrayNode messages) {
    for (JsonNode m : messages) {
      JsonNode text = m.path("content").path(0).path("text");
      if (m.path("role").asText().equals("user") && text.isTextual()) {
        String t = text.asText();
        return t.length() <= FIRST_PROMPT_CHARS ? t : t.substring(0, FIRST_PROMPT_CHARS - 1) + "…";
      }
    }
    return null;
  }

  private Run materialize(FakeTimbal.RunSpec spec, Seeded r) {
    String status = spec.status != null ? spec.status : "success";
    ObjectNode user = spec.userId != null ? user(spec.userId) : users.get(0);
    ObjectNode workforce = spec.workforceId != null ? workforce(spec.workforceId) : workforces.get(0);
    Workforce kind = WORKFORCES.stream().filter(w -> w.name.equals(workforce.path("name").asText())).findFirst()
        .orElse(WORKFORCES.get(0));
    ModelPrice model = model(spec.model != null ? spec.model : kind.model);
    Instant created = (spec.createdAt != null ? spec.createdAt : reference).truncatedTo(ChronoUnit.MILLIS);
    Long duration = spec.durationMs != null ? spec.durationMs
        : status.equals("running") ? null : (Long) r.between(800L, 90_000L);
    long in = spec.inputTokens != null ? spec.inputTokens : r.between(800L, 24_000L);
    long out = spec.outputTokens != null ? spec.outputTokens : r.between(60L, 2_400L);
    BigDecimal cost = model.cost(in, out, 0, 0);

    ObjectNode json = Json.object()
        .put("cost_credits", cost.multiply(CREDITS_PER_USD).stripTrailingZeros())
        .put("cost_usd", cost.stripTrailingZeros())
        .put("created_at", Times.isoUtc(created))
        .put("id", spec.id != null ? spec.id : "run_" + r.hex(24))
        .put("idempotency_key", spec.idempotencyKey != null ? spec.idempotencyKey : r.uuid())
        .put("status", status);
    json.set("user", user.deepCopy());
    json.set("workforce", workforce.deepCopy());
    json.put("duration_ms", duration).put("group_id", spec.groupId).putNull("last_reaction_sentiment")
        .put("parent_id", spec.parentId);
    String prompt = r.pick(kind.prompts);
    Run run = new Run(json, statusDetail(status), trace(r, kind, model, prompt, status, created, duration, in, out),
        spec.rev, Map.copyOf(spec.metadata));
    if (spec.sentiment != null) {
      Instant at = created.plusMillis(duration == null ? 0 : duration).plusSeconds(r.between(20, 3_600));
      run.reactions.add(reaction(r, user, spec.sentiment, at,
          r.chance(0.5) ? (spec.sentiment.equals("negative") ? "The answer missed the question." : "Spot on, thanks!")
              : null));
      json.put("last_reaction_sentiment", spec.sentiment);
    }
    return run;
  }

  private static JsonNode statusDetail(String status) {
    switch (status) {
      case "error":
        return Json.object().put("code", "error").put("reason", "tool_failed")
            .put("message", "Tool raised ConnectionError: upstream timed out");
      case "timeout":
        return Json.object().put("code", "timeout").put("reason", "deadline_exceeded")
            .put("message", "Run exceeded its 300 s deadline");
      case "cancelled":
        return Json.object().put("code", "cancelled").put("reason", "user_cancelled").putNull("message");
      case "running":
        return NullNode.getInstance();
      default:
        return Json.object().put("code", status).putNull("reason").putNull("message");
    }
  }

  /**
   * A flat trace: the root span, then model calls that split the run's tokens between them, with a tool call
   * after each but the last. Only model-call spans carry usage, so summing every span counts each token once.
   */
  private static ArrayNode trace(Seeded r, Workforce kind, ModelPrice model, String prompt, String status,
      Instant created, Long duration, long in, long out) {
    ArrayNode spans = Json.array();
    long t0 = created.toEpochMilli();
    Long end = duration == null ? null : t0 + duration;
    String rootId = r.uuid();
    boolean failed = !status.equals("success") && !status.equals("running");
    ObjectNode root = span(spans, rootId, null, kind.name, t0, end, status);
    root.set("input", Json.object().put("prompt", prompt));
    root.set("output", status.equals("success") ? Json.object().put("text", "Here is what I found.") : null);
    root.set("error", failed ? Json.object().put("type", "RuntimeError").put("message", "run ended: " + status) : null);
    int calls = r.between(1, 3);
    long span = duration == null ? 30_000 : Math.max(calls * 2L, duration);
    long slot = span / (calls * 2L);
    long inLeft = in;
    long outLeft = out;
    for (int i = 0; i < calls; i++) {
      long ci = i == calls - 1 ? inLeft : inLeft / (calls - i);
      long co = i == calls - 1 ? outLeft : outLeft / (calls - i);
      inLeft -= ci;
      outLeft -= co;
      long start = t0 + slot * 2 * i;
      boolean open = end == null && i == calls - 1;
      ObjectNode llm = span(spans, r.uuid(), rootId, kind.name + ".llm", start, open ? null : start + slot,
          open ? "running" : "success");
      llm.set("input", Json.object().put("model", model.qualifiedName()).put("prompt", prompt));
      llm.set("output", open ? null : Json.object().put("role", "assistant").put("text", "…"));
      llm.putNull("error");
      llm.set("usage", Json.object().put(model.qualifiedName() + ":input_tokens", ci)
          .put(model.qualifiedName() + ":output_tokens", co));
      if (i < calls - 1) {
        String tool = r.pick(kind.tools);
        ObjectNode call = span(spans, r.uuid(), rootId, kind.name + "." + tool, start + slot, start + 2 * slot,
            "success");
        call.set("input", Json.object().put("query", prompt));
        call.put("output", "3 results");
        call.putNull("error");
        call.set("usage", Json.object());
      }
    }
    return spans;
  }

  /**
   * A span as timbal's own {@code Span.model_dump()} writes it (python/timbal/state/tracing/span.py): its fields
   * in that order, {@code elapsed} ({@code t1 - t0}, null while it runs) after {@code t1}, and the status as
   * timbal's {@code RunStatus} ({@code code, reason, message}); an open span has none (timbal's status codes are
   * success, error, cancelled, timeout and blocked: {@code running} is not one).
   */
  private static ObjectNode span(ArrayNode spans, String id, String parent, String path, long t0, Long t1,
      String status) {
    ObjectNode s = spans.addObject().put("path", path).put("call_id", id).put("parent_call_id", parent).put("t0", t0)
        .put("t1", t1).put("elapsed", t1 == null ? null : t1 - t0);
    s.putNull("input");
    if (t1 == null) {
      s.putNull("status");
    } else {
      s.set("status", Json.object().put("code", status).putNull("reason").putNull("message"));
    }
    s.putNull("output");
    s.putNull("error");
    s.set("usage", Json.object());
    s.set("metadata", Json.object());
    return s;
  }

  private static ObjectNode reaction(Seeded r, ObjectNode user, String sentiment, Instant at, String feedback) {
    ObjectNode x = Json.object().put("id", "rx_" + r.hex(16));
    x.set("user", user.deepCopy());
    x.put("sentiment", sentiment).put("created_at", at.toEpochMilli());
    if (feedback != null) {
      x.put("feedback", feedback);
    }
    return x;
  }

  private static ModelPrice model(String name) {
    int slash = name.indexOf('/');
    return ModelPrice.named(slash < 0 ? name : name.substring(slash + 1));
  }

  private ObjectNode user(String id) {
    return users.stream().filter(u -> u.path("id").asText().equals(id)).findFirst()
        .orElseGet(() -> Json.object().put("email", id + "@example.com").put("id", id).put("name", id)
            .putNull("photo_url"));
  }

  private ObjectNode workforce(String id) {
    return workforces.stream().filter(w -> w.path("id").asText().equals(id)).findFirst()
        .orElseGet(() -> Json.object().put("id", id).put("type", "agent").put("name", id).putNull("deleted_at")
            .putNull("description")
            .put("uid", id).putNull("url"));
  }

  // ---- the fake's Java API -----------------------------------------------------------------------------

  List<String> userIds() {
    return users.stream().map(u -> u.path("id").asText()).toList();
  }

  List<String> workforceIds() {
    return workforces.stream().map(u -> u.path("id").asText()).toList();
  }

  List<ObjectNode> composeSessions() {
    synchronized (lock) {
      return sortedSessions().stream().map(s -> s.json.deepCopy()).toList();
    }
  }

  List<ObjectNode> runs() {
    synchronized (lock) {
      return sortRuns(new ArrayList<>(runs), "created_at", true).stream().map(x -> x.json.deepCopy()).toList();
    }
  }

  ObjectNode addComposeSession(FakeTimbal.ComposeSessionSpec spec) {
    synchronized (lock) {
      return add(materialize(spec, forAdded.split()));
    }
  }

  ObjectNode addComposeSession(ObjectNode raw) {
    ObjectNode json = raw.deepCopy();
    JsonNode messages = json.remove("messages");
    Session s = new Session(json, messages instanceof ArrayNode ? (ArrayNode) messages : Json.array());
    requireId(json);
    synchronized (lock) {
      return add(s);
    }
  }

  private ObjectNode add(Session s) {
    if (sessions.stream().anyMatch(x -> x.id().equals(s.id()))) {
      throw new IllegalArgumentException("a compose session with id " + s.id() + " already exists");
    }
    sessions.add(s);
    return s.json.deepCopy();
  }

  ObjectNode addRun(FakeTimbal.RunSpec spec) {
    synchronized (lock) {
      return add(materialize(spec, forAdded.split()));
    }
  }

  ObjectNode addRun(ObjectNode raw) {
    ObjectNode json = raw.deepCopy();
    JsonNode detail = json.remove("status_detail");
    JsonNode trace = json.remove("trace");
    requireId(json);
    Run run = new Run(json, detail == null ? NullNode.getInstance() : detail,
        trace instanceof ArrayNode ? (ArrayNode) trace : Json.array(), null, Map.of());
    try {
      String created = Json.text(json, "created_at");
      if (created != null) {
        Instant.parse(created);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("created_at must be ISO 8601, was " + json.get("created_at"), e);
    }
    synchronized (lock) {
      return add(run);
    }
  }

  private ObjectNode add(Run run) {
    if (runs.stream().anyMatch(x -> x.id().equals(run.id()))) {
      throw new IllegalArgumentException("a run with id " + run.id() + " already exists");
    }
    runs.add(run);
    return run.json.deepCopy();
  }

  private static void requireId(ObjectNode json) {
    if (!json.path("id").isTextual()) {
      throw new IllegalArgumentException("the record needs a string id");
    }
  }

  // ---- HTTP --------------------------------------------------------------------------------------------

  Router.Guard guard() {
    return HttpAuth.guard(apiKey, null, null, ERRORS, "Invalid or missing API key");
  }

  Router router() {
    String base = "/orgs/{org}/projects/{project}";
    return new Router(ERRORS, false)
        .route("GET", base + "/compose/sessions", this::listSessions)
        .route("GET", base + "/compose/sessions/{session}", this::getSession)
        .route("GET", base + "/runs", this::listRuns)
        .route("GET", base + "/runs/{run}", this::getRun)
        .route("GET", base + "/runs/{run}/reactions", this::listReactions)
        .route("POST", base + "/runs/{run}/reactions", this::addReaction);
  }

  private Response ok(JsonNode body) {
    return Response.ok(wrapInSuccess ? Json.object().set("success", body) : body);
  }

  private void checkProject(Request r) {
    if (!r.path("org").equals(orgId) || !r.path("project").equals(projectId)) {
      throw ERRORS.fail(404, "Project " + r.path("project") + " not found in organization " + r.path("org"));
    }
  }

  private Response listSessions(Request r) {
    checkProject(r);
    // Each document takes one filter, and a server ignores a parameter it does not declare: 09d61f1 has user_id,
    // d8af300 has rev.
    String field = composeShape == FakeTimbal.ComposeShape.JUNE_2026 ? "rev" : "user_id";
    String wanted = param(r, field);
    ArrayNode out = Json.array();
    synchronized (lock) {
      for (Session s : sortedSessions()) {
        if (wanted == null || wanted.equals(Json.text(s.json, field))) {
          out.add(s.json.deepCopy());
        }
      }
    }
    return ok(out);
  }

  private List<Session> sortedSessions() {
    List<Session> sorted = new ArrayList<>(sessions);
    sorted.sort(Comparator.comparing(Session::createdAt).thenComparing(Session::id).reversed());
    return sorted;
  }

  private Response getSession(Request r) {
    checkProject(r);
    synchronized (lock) {
      for (Session s : sessions) {
        if (s.id().equals(r.path("session"))) {
          ObjectNode body = s.json.deepCopy();
          body.set("messages", s.messages.deepCopy());
          return ok(body);
        }
      }
    }
    throw ERRORS.fail(404, "Session " + r.path("session") + " not found");
  }

  private Response listRuns(Request r) {
    checkProject(r);
    List<Predicate<Run>> filters = new ArrayList<>();
    equalsFilter(filters, r, "user_id", run -> Json.text(run.json, "user", "id"));
    equalsFilter(filters, r, "status", run -> Json.text(run.json, "status"));
    equalsFilter(filters, r, "sentiment", run -> Json.text(run.json, "last_reaction_sentiment"));
    equalsFilter(filters, r, "group_id", run -> Json.text(run.json, "group_id"));
    equalsFilter(filters, r, "workforce_id", run -> Json.text(run.json, "workforce", "id"));
    String rev = param(r, "rev");
    if (rev != null) {
      // Runs from before branches were recorded have none and always match (seed 002).
      filters.add(run -> run.rev == null || run.rev.equals(rev));
    }
    Long from = epochMillis(r, "from");
    if (from != null) {
      filters.add(run -> run.createdAt().toEpochMilli() >= from);
    }
    Long to = epochMillis(r, "to");
    if (to != null) {
      filters.add(run -> run.createdAt().toEpochMilli() <= to);
    }
    String roots = param(r, "roots");
    if (roots != null) {
      if (!roots.equals("true") && !roots.equals("false")) {
        throw ERRORS.fail(400, "roots must be true or false, was '" + roots + "'");
      }
      if (roots.equals("true")) {
        filters.add(run -> Json.text(run.json, "parent_id") == null);
      }
    }
    Map<String, String> metadata = metadataFilter(r);
    if (metadata != null) {
      filters.add(run -> run.metadata.entrySet().containsAll(metadata.entrySet()));
    }
    String sortBy = param(r, "sort_by") == null ? "created_at" : param(r, "sort_by");
    if (!SORT_KEYS.contains(sortBy)) {
      throw ERRORS.fail(400, "sort_by must be one of " + String.join(", ", SORT_KEYS) + ", was '" + sortBy + "'");
    }
    String order = param(r, "sort_order") == null ? "desc" : param(r, "sort_order");
    if (!order.equals("asc") && !order.equals("desc")) {
      throw ERRORS.fail(400, "sort_order must be asc or desc, was '" + order + "'");
    }
    Cursors.Page<Run> page;
    synchronized (lock) {
      List<Run> matching = new ArrayList<>();
      for (Run run : runs) {
        if (filters.stream().allMatch(f -> f.test(run))) {
          matching.add(run);
        }
      }
      page = cut(sortRuns(matching, sortBy, order.equals("desc")), Run::id, r, "runs");
    }
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("runs");
    page.items().forEach(run -> items.add(run.json.deepCopy()));
    body.put("next_page_token", page.nextToken());
    return ok(body);
  }

  /** Sorts by the key, then by id, both in the requested direction; a run without the key sorts last. */
  private static List<Run> sortRuns(List<Run> list, String key, boolean descending) {
    Comparator<Run> byKey;
    switch (key) {
      case "id":
        byKey = Comparator.comparing(Run::id);
        break;
      case "created_at":
        byKey = Comparator.comparing(Run::createdAt);
        break;
      default:
        byKey = Comparator.comparing((Run run) -> run.json.get(key), TimbalApi::compareNumbers);
    }
    Comparator<Run> c = byKey.thenComparing(Run::id);
    Comparator<Run> directed = descending ? c.reversed() : c;
    List<Run> nulls = new ArrayList<>();
    List<Run> values = new ArrayList<>();
    for (Run run : list) {
      JsonNode v = run.json.get(key);
      (v == null || v.isNull() ? nulls : values).add(run);
    }
    values.sort(directed);
    nulls.sort(Comparator.comparing(Run::id));
    values.addAll(nulls);
    return values;
  }

  private static int compareNumbers(JsonNode a, JsonNode b) {
    return a.decimalValue().compareTo(b.decimalValue());
  }

  /** One page of a cursor-paged list; the token is bound to every other query parameter. */
  private <T> Cursors.Page<T> cut(List<T> sorted, Function<T, String> id, Request r, String what) {
    StringBuilder query = new StringBuilder(what).append('|').append(r.rawPath());
    new TreeMap<>(QueryString.parse(r.rawQuery())).forEach((k, v) -> {
      if (!k.equals("page_token")) {
        query.append('|').append(k).append('=').append(v);
      }
    });
    try {
      return Cursors.page(sorted, id, param(r, "page_token"), query.toString(), pageSize);
    } catch (IllegalArgumentException e) {
      throw ERRORS.fail(400, "Invalid page_token: " + e.getMessage());
    }
  }

  private Run findRun(Request r) {
    String key = r.path("run");
    for (Run run : runs) {
      if (run.id().equals(key)) {
        return run;
      }
    }
    for (Run run : runs) {
      if (key.equals(Json.text(run.json, "idempotency_key"))) {
        return run;
      }
    }
    throw ERRORS.fail(404, "Run " + key + " not found");
  }

  private Response getRun(Request r) {
    checkProject(r);
    ObjectNode body;
    synchronized (lock) {
      Run run = findRun(r);
      body = run.json.deepCopy();
      // RunDetail is RunPreview without the workforce, plus status_detail and trace.
      body.remove("workforce");
      body.set("status_detail", run.statusDetail.deepCopy());
      body.set("trace", run.trace.deepCopy());
    }
    return ok(body);
  }

  private Response listReactions(Request r) {
    checkProject(r);
    ObjectNode body = Json.object();
    synchronized (lock) {
      Run run = findRun(r);
      Cursors.Page<ObjectNode> page = cut(run.reactions, x -> x.path("id").asText(), r, "reactions");
      ArrayNode items = body.putArray("reactions");
      page.items().forEach(x -> items.add(x.deepCopy()));
      body.put("next_page_token", page.nextToken());
    }
    return ok(body);
  }

  private Response addReaction(Request r) {
    checkProject(r);
    JsonNode body = r.jsonBodyOrNull();
    if (body == null || !body.isObject()) {
      throw ERRORS.fail(400, "The body must be a JSON object");
    }
    String sentiment = Json.text(body, "sentiment");
    if (sentiment == null || sentiment.isBlank() || !body.get("sentiment").isTextual()) {
      throw ERRORS.fail(400, "sentiment is required");
    }
    JsonNode feedback = body.get("feedback");
    if (feedback != null && !feedback.isNull() && !feedback.isTextual()) {
      throw ERRORS.fail(400, "feedback must be a string");
    }
    synchronized (lock) {
      Run run = findRun(r);
      ObjectNode x = reaction(forAdded, users.get(0), sentiment, clock.instant(),
          feedback == null || feedback.isNull() ? null : feedback.asText());
      run.reactions.add(0, x);
      run.json.put("last_reaction_sentiment", sentiment);
    }
    return Response.empty(204);
  }

  // ---- parameters --------------------------------------------------------------------------------------

  /** A query parameter; an empty value counts as absent, as the SDK never sends one. */
  private static String param(Request r, String name) {
    String v = r.query(name);
    return v == null || v.isEmpty() ? null : v;
  }

  private static void equalsFilter(List<Predicate<Run>> filters, Request r, String name, Function<Run, String> field) {
    String wanted = param(r, name);
    if (wanted != null) {
      filters.add(run -> wanted.equals(field.apply(run)));
    }
  }

  private static Long epochMillis(Request r, String name) {
    String v = param(r, name);
    if (v == null) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ERRORS.fail(400, name + " must be an integer (epoch milliseconds), was '" + v + "'");
    }
  }

  private static Map<String, String> metadataFilter(Request r) {
    String v = param(r, "metadata");
    if (v == null) {
      return null;
    }
    JsonNode node;
    try {
      node = Json.read(v.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw ERRORS.fail(400, "metadata must be a JSON object, was '" + v + "'");
    }
    Map<String, String> wanted = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      wanted.put(e.getKey(), e.getValue().asText());
    }
    return wanted;
  }
}
