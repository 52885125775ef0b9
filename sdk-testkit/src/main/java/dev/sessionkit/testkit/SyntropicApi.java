package dev.sessionkit.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessionkit.testkit.internal.ErrorStyle;
import dev.sessionkit.testkit.internal.FastApiValidation;
import dev.sessionkit.testkit.internal.HttpAuth;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.ModelPrice;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Router;
import dev.sessionkit.testkit.internal.Seeded;
import dev.sessionkit.testkit.internal.Times;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Syntropic137 fake's records, seeded data and routes. Thread-safe: every record access holds {@link #lock}. */
final class SyntropicApi {
  static final String PREFIX = "/api/v1";
  static final ErrorStyle ERRORS = ErrorStyle.fastApi();

  /** The summary fields the list endpoint of May 2026 serves, in the server's order (seed 001). */
  private static final List<String> SUMMARY_FIELDS_MAY_2026 = List.of("id", "workflow_id", "workflow_name",
      "execution_id", "phase_id", "phase_display", "status", "agent_provider", "agent_model", "agent_model_display",
      "repos", "repos_display", "input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens",
      "total_tokens", "total_tokens_display", "total_cost_usd", "total_cost_display", "duration_seconds",
      "duration_display", "started_at", "completed_at");

  /** The summary fields of later servers, in their order: delegation ids after the phase, unpriced after the cost. */
  private static final List<String> SUMMARY_FIELDS_PAGED = List.of("id", "workflow_id", "workflow_name",
      "execution_id", "phase_id", "parent_session_id", "root_session_id", "phase_display", "status", "agent_provider",
      "agent_model", "agent_model_display", "repos", "repos_display", "input_tokens", "output_tokens",
      "cache_creation_tokens", "cache_read_tokens", "total_tokens", "total_tokens_display", "total_cost_usd",
      "total_cost_display", "unpriced_observation_count", "duration_seconds", "duration_display", "started_at",
      "completed_at");

  /** What a detail of May 2026 lacks of a later one's: the fields a server of that version never sends. */
  private static final List<String> DETAIL_FIELDS_AFTER_MAY_2026 = List.of("parent_session_id", "root_session_id",
      "unpriced_observation_count");

  /**
   * What pydantic reads as a datetime in a query: a date, or a date and time with {@code T} or a space,
   * optional seconds and fraction, optional {@code Z} or offset.
   */
  private static final Pattern DATETIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

  private static final List<String> OPERATION_FIELDS = List.of("operation_type", "timestamp", "duration_seconds",
      "success", "error_message", "input_tokens", "output_tokens", "total_tokens", "tool_name", "tool_use_id", "tool_input",
      "tool_output", "message_role", "message_content", "thinking_content", "git", "git_sha", "git_message",
      "git_branch", "git_repo");

  private record Workflow(String id, String name, List<String> phases) {}

  private static final List<String> WORKFLOW_NAMES = List.of("Fix failing CI", "Implement GitHub issue",
      "Dependency upgrade", "Nightly code review", "Triage new issues", "Write release notes");
  private static final List<String> REPOS = List.of("acme/webapp", "acme/api", "acme/infra", "acme/mobile");
  private static final List<String> TOOLS = List.of("Bash", "Read", "Edit", "Grep", "Write");

  private final Object lock = new Object();
  private final List<ObjectNode> sessions = new ArrayList<>();
  /** Ids of the sessions added as raw JSON, which are served exactly as given. */
  private final Set<String> rawIds = new HashSet<>();
  private final List<Workflow> workflows = new ArrayList<>();
  private final Instant reference;
  private final FakeSyntropic.ApiVersion version;
  // Package-private: FakeSyntropic.clientBuilder() hands them to a client.
  final String bearerToken;
  final String basicUser;
  final String basicPassword;
  private final Seeded forAdded;

  SyntropicApi(FakeSyntropic.Builder b) {
    this.reference = b.referenceTime.truncatedTo(ChronoUnit.MICROS);
    this.version = b.apiVersion;
    this.bearerToken = b.bearerToken;
    this.basicUser = b.basicUser;
    this.basicPassword = b.basicPassword;
    Seeded root = new Seeded(b.seed);
    Seeded wf = root.split();
    for (String name : WORKFLOW_NAMES) {
      workflows.add(new Workflow(wf.uuid(), name, List.of("plan", "implement", "review")));
    }
    Seeded random = root.split();
    Instant previous = null;
    for (int i = 0; i < b.sessions; i++) {
      Seeded r = random.split();
      FakeSyntropic.SessionSpec spec = new FakeSyntropic.SessionSpec()
          .workflowId(r.pick(workflows).id)
          .status(r.weighted(List.of("completed", "failed", "running", "cancelled", "pending"), 65, 12, 8, 8, 7))
          .model(r.weighted(List.of("claude-sonnet-4-5", "claude-opus-4-1", "gpt-4.1", "gemini-2.5-pro"), 6, 2, 1, 1))
          .operations(b.operationsPerSession);
      Instant started = r.before(reference, Duration.ofDays(30));
      if (previous != null && i % 6 == 5) {
        // Sessions of one execution start in the same instant: keyset paging must neither lose nor repeat them.
        started = previous;
      } else if (r.chance(0.2)) {
        // Whole seconds, which the server writes with no fraction at all.
        started = started.truncatedTo(ChronoUnit.SECONDS);
      }
      spec.startedAt(started);
      ObjectNode s = materialize(spec, r);
      if (previous != null && started.equals(previous)) {
        // A session that starts with the one before it in the same instant is its delegate.
        ObjectNode leader = sessions.get(sessions.size() - 1);
        s.put("parent_session_id", leader.path("id").asText()).put("root_session_id", leader.path("root_session_id").asText());
      }
      previous = started;
      sessions.add(s);
    }
    this.forAdded = root.split();
  }

  // ---- specs to records --------------------------------------------------------------------------------

  private ObjectNode materialize(FakeSyntropic.SessionSpec spec, Seeded r) {
    String status = spec.status != null ? spec.status : "completed";
    ModelPrice model = ModelPrice.named(spec.model != null ? spec.model : "claude-sonnet-4-5");
    ModelPrice helper = ModelPrice.named("claude-haiku-4-5");
    Workflow workflow = workflows.stream().filter(w -> w.id.equals(spec.workflowId)).findFirst()
        .orElse(spec.workflowId == null ? workflows.get(0)
            : new Workflow(spec.workflowId, "Workflow " + spec.workflowId, List.of("run")));
    Instant started = (spec.startedAt != null ? spec.startedAt : reference).truncatedTo(ChronoUnit.MICROS);
    boolean finished = status.equals("completed") || status.equals("failed") || status.equals("cancelled");
    Double duration = finished ? r.between(30_000L, 3_600_000L) / 1000.0 : null;
    String phase = r.pick(workflow.phases);
    String executionId = r.uuid();
    List<String> repos = r.chance(0.8) ? List.of(r.pick(REPOS)) : List.of(REPOS.get(0), REPOS.get(1));
    int opCount = spec.operations != null ? spec.operations : 8;
    // Token sums per model: [input, output, cache creation, cache read].
    Map<String, long[]> perModel = new TreeMap<>();
    ArrayNode operations = operations(r, opCount, started, duration, model, helper, repos.get(0), perModel);
    long[] main = perModel.computeIfAbsent(model.name(), k -> new long[4]);
    // Prompt caching is reported per session only; it is billed to the agent's own model.
    main[2] = r.chance(0.7) ? r.between(1_000L, 40_000L) : 0;
    main[3] = main[0] > 0 ? r.between(0L, 200_000L) : 0;
    long[] totals = new long[4];
    BigDecimal cost = BigDecimal.ZERO.setScale(6);
    ObjectNode costByModel = Json.object();
    for (Map.Entry<String, long[]> e : perModel.entrySet()) {
      long[] t = e.getValue();
      BigDecimal c = ModelPrice.named(e.getKey()).cost(t[0], t[1], t[2], t[3]);
      if (Arrays.stream(t).sum() > 0) {
        costByModel.put(e.getKey(), c.toPlainString());
      }
      cost = cost.add(c);
      for (int k = 0; k < 4; k++) {
        totals[k] += t[k];
      }
    }
    String id = spec.id != null ? spec.id : r.uuid();
    ObjectNode s = Json.object()
        .put("id", id).put("workflow_id", workflow.id).put("workflow_name", workflow.name)
        .put("execution_id", executionId).put("phase_id", phase)
        // A leader has no parent and is its own root; the constructor makes some sessions delegates.
        .putNull("parent_session_id").put("root_session_id", id)
        .put("phase_display", Character.toUpperCase(phase.charAt(0)) + phase.substring(1))
        .put("milestone_id", r.chance(0.5) ? "ms-" + r.hex(8) : null)
        .put("agent_provider", model.provider()).put("agent_model", model.name())
        .put("agent_model_display", model.display());
    ArrayNode repoArray = s.putArray("repos");
    repos.forEach(repoArray::add);
    s.put("repos_display", String.join(", ", repos))
        .put("status", status)
        .put("workspace_path", "/workspaces/" + executionId + "/" + repos.get(0).substring(5));
    String[] names = {"input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens"};
    for (int k = 0; k < 4; k++) {
      s.put(names[k], totals[k]).put(names[k] + "_display", count(totals[k]));
    }
    long total = totals[0] + totals[1];
    s.put("total_tokens", total).put("total_tokens_display", count(total))
        .put("total_cost_usd", cost.toPlainString())
        .put("total_cost_display", "$" + cost.setScale(2, RoundingMode.HALF_UP).toPlainString())
        .put("unpriced_observation_count", 0);
    s.set("cost_by_model", costByModel);
    s.set("operations", operations);
    s.put("started_at", Times.pythonStrUtc(started));
    s.put("completed_at", duration == null ? null : Times.pythonStrUtc(started.plusMillis(Math.round(duration * 1000))));
    s.put("duration_seconds", duration).put("duration_display", duration(duration))
        .put("error_message", status.equals("failed") ? "Agent exited with code 1: 3 tests still failing" : null);
    s.set("metadata", Json.object().put("trigger", r.pick(List.of("github_issue", "schedule", "manual")))
        .put("attempt", r.between(1, 3)));
    // Drawn last, so that the values drawn before stay those of earlier versions of the fake.
    if (r.chance(0.1)) {
      // Some usage had no price: the cost is a lower bound, and the server says so in its display.
      s.put("unpriced_observation_count", r.between(1, 4))
          .put("total_cost_display", ">=" + s.path("total_cost_display").asText() + " (partial)");
    }
    return s;
  }

  /**
   * The operations of a session, in the order an agent works: a prompt, then model turns, tool calls and
   * commits. Model turns carry the session's input and output tokens, and {@code perModel} adds them up.
   */
  private static ArrayNode operations(Seeded r, int count, Instant started, Double duration, ModelPrice model,
      ModelPrice helper, String repo, Map<String, long[]> perModel) {
    ArrayNode ops = Json.array();
    long span = duration == null ? 600_000_000L : (long) (duration * 1_000_000);
    long step = count == 0 ? 0 : span / (count + 1);
    String toolUseId = null;
    String tool = null;
    for (int i = 0; i < count; i++) {
      // Every operation carries every field in the server's order (seed 001); those that do not apply are null.
      ObjectNode op = ops.addObject().put("operation_id", r.uuid());
      OPERATION_FIELDS.forEach(op::putNull);
      // The server never sends a null success: it sends true where it recorded no outcome.
      op.put("success", true);
      Instant at = started.plus(step * (i + 1), ChronoUnit.MICROS);
      int kind = i == 0 ? 0 : 1 + (i - 1) % 6;
      switch (kind) {
        case 0:
          op.put("operation_type", "message").put("timestamp", Times.pythonStrUtc(at));
          op.put("message_role", "user").put("message_content", "Fix the failing test in " + repo + ".");
          break;
        case 1:
        case 4:
          ModelPrice used = r.chance(0.85) ? model : helper;
          long in = r.between(1_500L, 25_000L);
          long out = r.between(80L, 3_000L);
          long[] sums = perModel.computeIfAbsent(used.name(), k -> new long[4]);
          sums[0] += in;
          sums[1] += out;
          op.put("operation_type", "message").put("timestamp", Times.pythonStrUtc(at))
              .put("input_tokens", in).put("output_tokens", out).put("total_tokens", in + out)
              .put("message_role", "assistant")
              .put("message_content", kind == 1 ? "Let me run the test suite first." : "The fix is in; tests pass.");
          if (kind == 1) {
            op.put("thinking_content", "The failure looks like a timezone assumption in the fixture.");
          }
          break;
        case 2:
          toolUseId = "toolu_" + r.hex(20);
          tool = r.pick(TOOLS);
          op.put("operation_type", "tool_execution_started").put("timestamp", Times.pythonStrUtc(at))
              .put("tool_name", tool).put("tool_use_id", toolUseId);
          op.set("tool_input", tool.equals("Bash") ? Json.object().put("command", "npm test -- --silent")
              : Json.object().put("file_path", "src/billing/export.ts"));
          break;
        case 3:
          op.put("operation_type", "tool_execution_completed").put("timestamp", Times.pythonStrUtc(at))
              .put("duration_seconds", r.between(50, 40_000) / 1000.0).put("success", r.chance(0.9))
              .put("tool_name", tool).put("tool_use_id", toolUseId).put("tool_output", "ok");
          if (!op.path("success").asBoolean()) {
            op.put("error_message", tool + " exited with code 1");
          }
          break;
        default:
          String sha = r.hex(40);
          String branch = "syn/fix-" + r.hex(6);
          int ins = r.between(1, 120);
          int del = r.between(0, 60);
          op.put("operation_type", kind == 5 ? "git_commit" : "git_push").put("timestamp", Times.pythonStrUtc(at));
          ObjectNode git = Json.object().put("operation", kind == 5 ? "commit" : "push").put("sha", sha)
              .put("branch", branch).put("repo", repo).put("message", "fix: stabilise export test")
              .putNull("prev_branch").put("is_clone", false).put("remote", kind == 5 ? null : "origin")
              .put("author", "syntropic-agent").put("files_changed", r.between(1, 6)).put("insertions", ins)
              .put("deletions", del).put("commits_count", 1).putNull("commit_range")
              .put("remote_url", kind == 5 ? null : "https://github.com/" + repo + ".git").putNull("details")
              .putNull("from_branch").putNull("to_branch").put("estimated_tokens_added", ins * 12)
              .put("estimated_tokens_removed", del * 12);
          op.set("git", git);
          op.put("git_sha", sha).put("git_message", "fix: stabilise export test").put("git_branch", branch)
              .put("git_repo", repo);
      }
    }
    return ops;
  }

  /** {@code 950}, {@code 12.3K}, {@code 1.2M}: how the UI abbreviates token counts. */
  private static String count(long n) {
    if (n < 1_000) {
      return Long.toString(n);
    }
    if (n < 1_000_000) {
      return String.format(Locale.ROOT, "%.1fK", n / 1_000.0);
    }
    return String.format(Locale.ROOT, "%.1fM", n / 1_000_000.0);
  }

  private static String duration(Double seconds) {
    if (seconds == null) {
      return "—";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3_600) {
      return (s / 60) + "m " + (s % 60) + "s";
    }
    return (s / 3_600) + "h " + (s % 3_600 / 60) + "m";
  }

  // ---- the fake's Java API -----------------------------------------------------------------------------

  List<ObjectNode> summaries() {
    synchronized (lock) {
      return sorted(sessions).stream().map(this::summary).toList();
    }
  }

  Optional<ObjectNode> detail(String id) {
    synchronized (lock) {
      return sessions.stream().filter(s -> s.path("id").asText().equals(id)).findFirst().map(this::served);
    }
  }

  ObjectNode add(FakeSyntropic.SessionSpec spec) {
    synchronized (lock) {
      return served(store(materialize(spec, forAdded.split())));
    }
  }

  ObjectNode add(ObjectNode raw) {
    ObjectNode s = raw.deepCopy();
    if (!s.path("id").isTextual()) {
      throw new IllegalArgumentException("the session needs a string id");
    }
    try {
      startedAt(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("started_at must look like 2026-05-01 12:00:00.123456+00:00, was "
          + s.get("started_at"), e);
    }
    synchronized (lock) {
      ObjectNode stored = store(s);
      rawIds.add(s.path("id").asText());
      return stored;
    }
  }

  private ObjectNode store(ObjectNode s) {
    String id = s.path("id").asText();
    if (sessions.stream().anyMatch(x -> x.path("id").asText().equals(id))) {
      throw new IllegalArgumentException("a session with id " + id + " already exists");
    }
    sessions.add(s);
    return s.deepCopy();
  }

  /** A session as the list endpoint of this fake's version serves it. */
  private ObjectNode summary(ObjectNode detail) {
    ObjectNode s = Json.object();
    for (String f : version == FakeSyntropic.ApiVersion.MAY_2026 ? SUMMARY_FIELDS_MAY_2026 : SUMMARY_FIELDS_PAGED) {
      if (detail.has(f)) {
        s.set(f, detail.get(f).deepCopy());
      }
    }
    return s;
  }

  /**
   * A stored session as the detail endpoint of this fake's version serves it: a copy, without what a server of
   * May 2026 never sends (a session added as raw JSON is served as given, so it keeps what it was given).
   */
  private ObjectNode served(ObjectNode stored) {
    ObjectNode s = stored.deepCopy();
    if (version == FakeSyntropic.ApiVersion.MAY_2026 && !rawIds.contains(s.path("id").asText())) {
      s.remove(DETAIL_FIELDS_AFTER_MAY_2026);
      s.path("operations").forEach(op -> ((ObjectNode) op).remove("error_message"));
    }
    return s;
  }

  /** The start time, or null for a session that has none. */
  private static Instant startedAt(ObjectNode s) {
    String t = Json.text(s, "started_at");
    return t == null ? null : OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
  }

  /** Newest first by start time, ties by id descending; sessions without a start time last. */
  private static List<ObjectNode> sorted(List<ObjectNode> list) {
    Comparator<ObjectNode> byStart = Comparator.comparing(SyntropicApi::startedAt,
        Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
    List<ObjectNode> copy = new ArrayList<>(list);
    copy.sort(byStart.thenComparing(s -> s.path("id").asText()).reversed());
    return copy;
  }

  // ---- HTTP --------------------------------------------------------------------------------------------

  Router.Guard guard() {
    return HttpAuth.guard(bearerToken, basicUser, basicPassword, ERRORS, "Not authenticated");
  }

  Router router() {
    return new Router(ERRORS, true)
        .route("GET", PREFIX + "/sessions", this::list)
        .route("GET", PREFIX + "/sessions/{id}", this::get);
  }

  private Response list(Request r) {
    boolean paged = version == FakeSyntropic.ApiVersion.PAGED;
    FastApiValidation v = new FastApiValidation();
    int limit = v.intQuery(r, "limit", 50, 1, 200);
    // Later servers: page_size wins over limit, its deprecated alias; both default to nothing, then 50.
    int pageSize = !paged ? limit : r.query("page_size") != null ? v.intQuery(r, "page_size", 50, 1, 200) : limit;
    int page = paged ? v.intQuery(r, "page", 1, 1, null) : 1;
    Bound after = bound(r, "started_after", v);
    Bound before = bound(r, "started_before", v);
    if (paged) {
      // Later servers take a bound only with a timezone, and refuse one without in the 422.
      naive(r, "started_after", after, v);
      naive(r, "started_before", before, v);
    }
    v.throwIfAny();
    if (after.naive || before.naive) {
      // The server compares the naive value with its aware timestamps and Python raises TypeError: the
      // result is Starlette's bare 500, not JSON.
      return Response.text(500, "Internal Server Error");
    }
    String workflowId = r.query("workflow_id");
    String q = paged ? r.query("q") : null;
    List<String> statuses = new ArrayList<>();
    String joined = r.query("statuses");
    if (joined != null && !joined.isBlank()) {
      for (String s : joined.split(",")) {
        if (!s.isBlank()) {
          statuses.add(s.trim());
        }
      }
    } else if (r.query("status") != null) {
      statuses.add(r.query("status"));
    }
    boolean window = after.value != null || before.value != null;
    List<ObjectNode> matches = new ArrayList<>();
    Map<String, Long> statusCounts = new TreeMap<>();
    long undated = 0;
    synchronized (lock) {
      for (ObjectNode s : sorted(sessions)) {
        Instant started = startedAt(s);
        String status = Json.text(s, "status");
        boolean base = (workflowId == null || workflowId.equals(Json.text(s, "workflow_id")))
            && (q == null || contains(s, "id", q) || contains(s, "workflow_id", q));
        boolean inWindow = (after.value == null || (started != null && !started.isBefore(after.value)))
            && (before.value == null || (started != null && !started.isAfter(before.value)));
        boolean statusMatch = statuses.isEmpty() || statuses.contains(status);
        if (base && window && started == null && statusMatch) {
          undated++;
        }
        if (base && inWindow) {
          // Facets count every status the rest of the query matched, the selected ones or not.
          statusCounts.merge(status == null ? "" : status, 1L, Long::sum);
          if (statusMatch) {
            matches.add(s);
          }
        }
      }
    }
    int from = (int) Math.min(matches.size(), (long) (page - 1) * pageSize);
    List<ObjectNode> onPage = matches.subList(from, Math.min(matches.size(), from + pageSize));
    ArrayNode items = Json.array();
    onPage.forEach(s -> items.add(summary(s)));
    ObjectNode body = Json.object();
    body.set("sessions", items);
    if (!paged) {
      body.put("total", items.size());
      return Response.ok(body);
    }
    body.put("total", matches.size()).put("page", page).put("page_size", pageSize).put("excluded_undated", undated);
    ObjectNode counts = body.putObject("status_counts");
    statusCounts.forEach(counts::put);
    return Response.ok(body);
  }

  private static boolean contains(ObjectNode s, String field, String q) {
    String value = Json.text(s, field);
    return value != null && value.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
  }

  /** Later servers' answer to a bound without a timezone: pydantic's {@code timezone_aware} error. */
  private static void naive(Request r, String name, Bound bound, FastApiValidation v) {
    if (bound.naive) {
      v.add(FastApiValidation.error("timezone_aware", new String[] {"query", name}, "Input should have timezone info",
          TextNode.valueOf(r.query(name)), null));
    }
  }

  private Response get(Request r) {
    String key = r.path("id");
    List<ObjectNode> matches = new ArrayList<>();
    synchronized (lock) {
      for (ObjectNode s : sessions) {
        String id = s.path("id").asText();
        if (id.equals(key)) {
          return Response.ok(served(s));
        }
        if (id.startsWith(key)) {
          matches.add(s);
        }
      }
      if (matches.size() == 1) {
        return Response.ok(served(matches.get(0)));
      }
    }
    if (matches.isEmpty()) {
      throw ERRORS.fail(404, "Session not found: " + key);
    }
    throw ERRORS.fail(409, "Ambiguous session id prefix '" + key + "' matches " + matches.size() + " sessions");
  }

  /** A time bound from the query: its instant, or whether it was naive (which the real server cannot compare). */
  private record Bound(Instant value, boolean naive) {}

  private static Bound bound(Request r, String name, FastApiValidation v) {
    String raw = r.query(name);
    if (raw == null) {
      return new Bound(null, false);
    }
    Matcher m = DATETIME.matcher(raw.trim());
    if (raw.trim().matches("\\d{1,12}")) {
      // pydantic reads a bare number as Unix seconds, in UTC.
      return new Bound(Instant.ofEpochSecond(Long.parseLong(raw.trim())), false);
    }
    if (!m.matches()) {
      v.add(FastApiValidation.error("datetime_from_date_parsing", new String[] {"query", name},
          "Input should be a valid datetime or date, invalid character in year", TextNode.valueOf(raw),
          Json.object().put("error", "invalid character in year")));
      return new Bound(null, false);
    }
    if (m.group(5) == null) {
      return new Bound(null, true);
    }
    String time = m.group(2) == null ? "00:00" : m.group(2);
    String seconds = m.group(3) == null ? "00" : m.group(3);
    String fraction = m.group(4) == null ? "" : "." + m.group(4);
    String offset = m.group(5).equalsIgnoreCase("z") ? "Z" : normalizeOffset(m.group(5));
    try {
      return new Bound(OffsetDateTime.parse(m.group(1) + "T" + time + ":" + seconds + fraction + offset).toInstant()
          .truncatedTo(ChronoUnit.MICROS), false);
    } catch (DateTimeParseException e) {
      v.add(FastApiValidation.error("datetime_from_date_parsing", new String[] {"query", name},
          "Input should be a valid datetime or date, " + e.getMessage(), TextNode.valueOf(raw), null));
      return new Bound(null, false);
    }
  }

  private static String normalizeOffset(String offset) {
    String digits = offset.substring(1).replace(":", "");
    String hhmm = digits.length() == 2 ? digits + "00" : digits;
    return offset.charAt(0) + hhmm.substring(0, 2) + ":" + hhmm.substring(2);
  }

}
