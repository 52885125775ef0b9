package dev.sessionkit.testkit.internal.timbal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.ModelPrice;
import dev.sessionkit.testkit.internal.Seeded;
import dev.sessionkit.testkit.internal.Times;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the Timbal fake starts with, and how a spec becomes a record: users, workforces, compose sessions with
 * their messages, runs with their traces and reactions, all drawn from one seed so that a seed always gives the
 * same data. Not thread-safe: the fake calls {@link #session} and {@link #run} under the store's lock.
 */
public final class TimbalSeed {
  /** How many users the fake can seed: one per name. */
  public static final int MAX_USERS = 8;

  /**
   * A compose session to make; a null field is drawn from the seed or defaulted.
   *
   * @param id the id, or null for a drawn uuid
   * @param userId the user, or null for the first seeded user
   * @param status the status, or null for {@code idle}
   * @param model the model, or null for {@code claude-sonnet-4-5}
   * @param rev the branch, or null for {@code main}
   * @param createdAt the creation time, or null for the reference time
   * @param messages how many messages, or null for 6
   */
  public record SessionSpec(String id, String userId, String status, String model, String rev, Instant createdAt,
      Integer messages) {}

  /**
   * A run to make; a null field is drawn from the seed or defaulted.
   *
   * @param id the id, or null for a drawn one
   * @param idempotencyKey the idempotency key, or null for a drawn uuid
   * @param status the status, or null for {@code success}
   * @param userId the user, or null for the first seeded user
   * @param workforceId the workforce, or null for the first seeded workforce
   * @param groupId the group, or null for none
   * @param parentId the parent run, or null for a root run
   * @param sentiment the sentiment of one reaction, or null for no reaction
   * @param rev the branch, or null for none
   * @param createdAt the creation time, or null for the reference time
   * @param durationMs the duration, or null to draw one (none while running)
   * @param model the model, or null for the workforce's
   * @param inputTokens the input tokens, or null to draw them
   * @param outputTokens the output tokens, or null to draw them
   * @param metadata what the {@code metadata} filter matches
   */
  public record RunSpec(String id, String idempotencyKey, String status, String userId, String workforceId,
      String groupId, String parentId, String sentiment, String rev, Instant createdAt, Long durationMs, String model,
      Long inputTokens, Long outputTokens, Map<String, String> metadata) {}

  private static final List<String> NAMES = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing",
      "Katherine Johnson", "Margaret Hamilton", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth");
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

  private final String projectId;
  private final boolean june2026;
  private final Instant reference;
  private final List<ObjectNode> users = new ArrayList<>();
  private final List<ObjectNode> workforces = new ArrayList<>();
  private final List<StoredSession> sessions = new ArrayList<>();
  private final List<StoredRun> runs = new ArrayList<>();
  /** Randomness for records added after start, apart from the seeded ones so adding never changes those. */
  private final Seeded forAdded;

  /**
   * Draws the seeded data.
   *
   * @param seed the seed
   * @param referenceTime "now" for the data: records are made in the 30 days before it
   * @param orgId the organisation, for the workforces' URLs
   * @param projectId the project, which sessions of April 2026 name
   * @param june2026 whether compose sessions have the shape of June 2026 rather than April 2026
   * @param userCount how many users, 1 to {@link #MAX_USERS}
   * @param composeSessions how many compose sessions
   * @param messagesPerSession how many messages each has
   * @param runCount how many runs
   */
  public TimbalSeed(long seed, Instant referenceTime, String orgId, String projectId, boolean june2026, int userCount,
      int composeSessions, int messagesPerSession, int runCount) {
    this.projectId = projectId;
    this.june2026 = june2026;
    this.reference = referenceTime;
    Seeded root = new Seeded(seed);
    Seeded people = root.split();
    for (int i = 0; i < userCount; i++) {
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
          .put("url", "https://app.timbal.ai/" + orgId + "/workforces/" + id));
    }
    seedSessions(root.split(), composeSessions, messagesPerSession);
    seedRuns(root.split(), runCount);
    this.forAdded = root.split();
  }

  /** The seeded users' ids, in the order they were drawn. */
  public List<String> userIds() {
    return users.stream().map(u -> u.path("id").asText()).toList();
  }

  /** The seeded workforces' ids, in the order they were drawn. */
  public List<String> workforceIds() {
    return workforces.stream().map(u -> u.path("id").asText()).toList();
  }

  /** The seeded compose sessions, in the order they were drawn; the caller owns them. */
  public List<StoredSession> sessions() {
    return sessions;
  }

  /** The seeded runs, in the order they were drawn; the caller owns them. */
  public List<StoredRun> runs() {
    return runs;
  }

  /**
   * A compose session added after the start, drawn from its own split of the seed.
   *
   * @param spec what to make
   * @return the session
   * @throws IllegalArgumentException when it names an unknown model
   */
  public StoredSession session(SessionSpec spec) {
    return materialize(spec, forAdded.split());
  }

  /**
   * A run added after the start, drawn from its own split of the seed.
   *
   * @param spec what to make
   * @return the run
   * @throws IllegalArgumentException when it names an unknown model
   */
  public StoredRun run(RunSpec spec) {
    return materialize(spec, forAdded.split());
  }

  /**
   * A reaction by the first seeded user, as {@code POST …/reactions} records it.
   *
   * @param sentiment the sentiment
   * @param at when
   * @param feedback the feedback, or null
   * @return the reaction
   */
  public ObjectNode reaction(String sentiment, Instant at, String feedback) {
    return reaction(forAdded, users.get(0), sentiment, at, feedback);
  }

  private void seedSessions(Seeded random, int count, int messages) {
    for (int i = 0; i < count; i++) {
      Seeded r = random.split();
      // Drawn in this order, so that a seed gives the data it gave before.
      String userId = r.pick(users).path("id").asText();
      String model = r.weighted(List.of("claude-sonnet-4-5", "claude-opus-4-1", "gpt-4.1"), 6, 1, 2);
      String rev = r.weighted(List.of("main", "dev", "feat/billing-export"), 6, 3, 1);
      // A few sessions are still going on near the reference time; the rest ended hours or days ago.
      boolean active = r.chance(0.15);
      // Messages come up to 90 s apart: start early enough that the last one is not after the reference time.
      Instant latestStart = reference.minusSeconds(90L * messages);
      Instant createdAt = r.before(latestStart, active ? Duration.ofMinutes(20) : Duration.ofDays(30));
      sessions.add(materialize(new SessionSpec(null, userId, active ? "active" : "idle", model, rev, createdAt, messages),
          r));
    }
  }

  private void seedRuns(Seeded random, int count) {
    List<StoredRun> roots = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Seeded r = random.split();
      // Drawn in this order, so that a seed gives the data it gave before.
      String status = r.weighted(List.of("success", "error", "running", "cancelled", "timeout"), 80, 8, 4, 4, 4);
      StoredRun parent = !roots.isEmpty() && r.chance(0.2) ? r.pick(roots) : null;
      String parentId = null;
      String userId;
      String workforceId;
      String groupId = null;
      Instant createdAt;
      if (parent != null) {
        // A sub-run: same user, workforce and group as its parent, started while the parent ran.
        parentId = parent.id();
        userId = Json.text(parent.json(), "user", "id");
        workforceId = Json.text(parent.json(), "workforce", "id");
        createdAt = parent.createdAt().plusMillis(r.between(200, 20_000));
        groupId = Json.text(parent.json(), "group_id");
      } else {
        userId = r.pick(users).path("id").asText();
        workforceId = r.pick(workforces).path("id").asText();
        createdAt = r.before(reference, Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);
        if (r.chance(0.7)) {
          groupId = "grp_" + r.hex(10);
        }
      }
      String rev = r.weighted(List.of("main", "staging", ""), 6, 2, 2);
      Map<String, String> metadata = new TreeMap<>();
      metadata.put("channel", r.pick(List.of("web", "slack", "api")));
      metadata.put("env", r.weighted(List.of("prod", "staging"), 4, 1));
      String sentiment = null;
      if (!status.equals("running") && r.chance(0.25)) {
        sentiment = r.weighted(List.of("positive", "negative"), 7, 3);
      }
      StoredRun run = materialize(new RunSpec(null, null, status, userId, workforceId, groupId, parentId, sentiment,
          rev.isEmpty() ? null : rev, createdAt, null, null, null, null, metadata), r);
      runs.add(run);
      if (parent == null) {
        roots.add(run);
      }
    }
  }

  private StoredSession materialize(SessionSpec spec, Seeded r) {
    ModelPrice main = model(spec.model() != null ? spec.model() : "claude-sonnet-4-5");
    ModelPrice helper = ModelPrice.named("claude-haiku-4-5");
    int count = spec.messages() != null ? spec.messages() : 6;
    Instant t = spec.createdAt() != null ? spec.createdAt().truncatedTo(ChronoUnit.MILLIS) : reference;
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
    String id = spec.id() != null ? spec.id() : r.uuid();
    String uid = "cmp_" + r.hex(12);
    String rev = spec.rev() != null ? spec.rev() : "main";
    String status = spec.status() != null ? spec.status() : "idle";
    String userId = spec.userId() != null ? spec.userId() : users.get(0).path("id").asText();
    String model = perModel.isEmpty() ? null : main.qualifiedName();
    ObjectNode json = Json.object();
    if (june2026) {
      // d8af300's ProjectSession: no project, no tokens, no cost, no model_usage; the first prompt as a title.
      json.put("created_at", Times.isoUtc(created)).put("first_prompt", firstPrompt(messages)).put("id", id)
          .put("iteration_count", count / 2).put("last_active_at", Times.isoUtc(last)).put("model", model)
          .put("rev", rev).put("status", status).put("tool_call_count", toolCalls).put("turn_count", turns)
          .put("uid", uid).put("user_id", userId);
      return new StoredSession(json, messages);
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
    return new StoredSession(json, messages);
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

  private StoredRun materialize(RunSpec spec, Seeded r) {
    String status = spec.status() != null ? spec.status() : "success";
    ObjectNode user = spec.userId() != null ? user(spec.userId()) : users.get(0);
    ObjectNode workforce = spec.workforceId() != null ? workforce(spec.workforceId()) : workforces.get(0);
    Workforce kind = WORKFORCES.stream().filter(w -> w.name.equals(workforce.path("name").asText())).findFirst()
        .orElse(WORKFORCES.get(0));
    ModelPrice model = model(spec.model() != null ? spec.model() : kind.model);
    Instant created = (spec.createdAt() != null ? spec.createdAt() : reference).truncatedTo(ChronoUnit.MILLIS);
    Long duration = spec.durationMs() != null ? spec.durationMs()
        : status.equals("running") ? null : (Long) r.between(800L, 90_000L);
    long in = spec.inputTokens() != null ? spec.inputTokens() : r.between(800L, 24_000L);
    long out = spec.outputTokens() != null ? spec.outputTokens() : r.between(60L, 2_400L);
    BigDecimal cost = model.cost(in, out, 0, 0);

    ObjectNode json = Json.object()
        .put("cost_credits", cost.multiply(CREDITS_PER_USD).stripTrailingZeros())
        .put("cost_usd", cost.stripTrailingZeros())
        .put("created_at", Times.isoUtc(created))
        .put("id", spec.id() != null ? spec.id() : "run_" + r.hex(24))
        .put("idempotency_key", spec.idempotencyKey() != null ? spec.idempotencyKey() : r.uuid())
        .put("status", status);
    json.set("user", user.deepCopy());
    json.set("workforce", workforce.deepCopy());
    json.put("duration_ms", duration).put("group_id", spec.groupId()).putNull("last_reaction_sentiment")
        .put("parent_id", spec.parentId());
    String prompt = r.pick(kind.prompts);
    StoredRun run = new StoredRun(json, statusDetail(status), trace(r, kind, model, prompt, status, created, duration, in, out),
        spec.rev(), Map.copyOf(spec.metadata()));
    if (spec.sentiment() != null) {
      Instant at = created.plusMillis(duration == null ? 0 : duration).plusSeconds(r.between(20, 3_600));
      run.reactions().add(reaction(r, user, spec.sentiment(), at,
          r.chance(0.5) ? (spec.sentiment().equals("negative") ? "The answer missed the question." : "Spot on, thanks!")
              : null));
      json.put("last_reaction_sentiment", spec.sentiment());
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

  static ObjectNode reaction(Seeded r, ObjectNode user, String sentiment, Instant at, String feedback) {
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

  ObjectNode user(String id) {
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

}
