package dev.sessionkit.testkit.internal.syntropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.ModelPrice;
import dev.sessionkit.testkit.internal.Seeded;
import dev.sessionkit.testkit.internal.Times;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the Syntropic137 fake starts with, and how a spec becomes a session: workflows, sessions with their
 * operations, tokens and costs in the real server's formats, all drawn from one seed so that a seed always
 * gives the same data. Not thread-safe: the store calls {@link #session} under its lock.
 */
public final class SyntropicSeed {
  /**
   * A session to make; a null field is drawn from the seed or defaulted.
   *
   * @param id the id, or null for a drawn uuid
   * @param workflowId the workflow id, or null for the first seeded workflow
   * @param status the status, or null for {@code completed}
   * @param model the agent's model, or null for {@code claude-sonnet-4-5}
   * @param startedAt the start, or null for the reference time
   * @param operations how many operations, or null for 8
   */
  public record Spec(String id, String workflowId, String status, String model, Instant startedAt,
      Integer operations) {}

  private static final List<String> OPERATION_FIELDS = List.of("operation_type", "timestamp", "duration_seconds",
      "success", "error_message", "input_tokens", "output_tokens", "total_tokens", "tool_name", "tool_use_id", "tool_input",
      "tool_output", "message_role", "message_content", "thinking_content", "git", "git_sha", "git_message",
      "git_branch", "git_repo");

  private record Workflow(String id, String name, List<String> phases) {}

  private static final List<String> WORKFLOW_NAMES = List.of("Fix failing CI", "Implement GitHub issue",
      "Dependency upgrade", "Nightly code review", "Triage new issues", "Write release notes");
  private static final List<String> REPOS = List.of("acme/webapp", "acme/api", "acme/infra", "acme/mobile");
  private static final List<String> TOOLS = List.of("Bash", "Read", "Edit", "Grep", "Write");

  private final List<Workflow> workflows = new ArrayList<>();
  private final Instant reference;
  private final List<ObjectNode> seeded = new ArrayList<>();
  private final Seeded forAdded;

  /**
   * Draws the seeded data.
   *
   * @param seed the seed
   * @param referenceTime "now" for the data: sessions start in the 30 days before it
   * @param sessions how many sessions to seed
   * @param operationsPerSession how many operations each seeded session has
   */
  public SyntropicSeed(long seed, Instant referenceTime, int sessions, int operationsPerSession) {
    this.reference = referenceTime.truncatedTo(ChronoUnit.MICROS);
    Seeded root = new Seeded(seed);
    Seeded wf = root.split();
    for (String name : WORKFLOW_NAMES) {
      workflows.add(new Workflow(wf.uuid(), name, List.of("plan", "implement", "review")));
    }
    Seeded random = root.split();
    Instant previous = null;
    for (int i = 0; i < sessions; i++) {
      Seeded r = random.split();
      // Drawn in this order, so that a seed gives the data it gave before.
      String workflowId = r.pick(workflows).id;
      String status = r.weighted(List.of("completed", "failed", "running", "cancelled", "pending"), 65, 12, 8, 8, 7);
      String model = r.weighted(List.of("claude-sonnet-4-5", "claude-opus-4-1", "gpt-4.1", "gemini-2.5-pro"), 6, 2, 1, 1);
      Instant started = r.before(reference, Duration.ofDays(30));
      if (previous != null && i % 6 == 5) {
        // Sessions of one execution start in the same instant: keyset paging must neither lose nor repeat them.
        started = previous;
      } else if (r.chance(0.2)) {
        // Whole seconds, which the server writes with no fraction at all.
        started = started.truncatedTo(ChronoUnit.SECONDS);
      }
      ObjectNode s = materialize(new Spec(null, workflowId, status, model, started, operationsPerSession), r);
      if (previous != null && started.equals(previous)) {
        // A session that starts with the one before it in the same instant is its delegate.
        ObjectNode leader = seeded.get(seeded.size() - 1);
        s.put("parent_session_id", leader.path("id").asText()).put("root_session_id", leader.path("root_session_id").asText());
      }
      previous = started;
      seeded.add(s);
    }
    this.forAdded = root.split();
  }

  /**
   * The seeded sessions, in the detail shape, in the order they were drawn.
   *
   * @return the sessions; the caller owns them
   */
  public List<ObjectNode> sessions() {
    return seeded;
  }

  /**
   * A session made from a spec added after the start, drawn from its own split of the seed so that adding
   * sessions leaves the seeded data as it was.
   *
   * @param spec what to make
   * @return the session in the detail shape
   * @throws IllegalArgumentException when it names an unknown model
   */
  public ObjectNode session(Spec spec) {
    return materialize(spec, forAdded.split());
  }

  private ObjectNode materialize(Spec spec, Seeded r) {
    String status = spec.status() != null ? spec.status() : "completed";
    ModelPrice model = ModelPrice.named(spec.model() != null ? spec.model() : "claude-sonnet-4-5");
    ModelPrice helper = ModelPrice.named("claude-haiku-4-5");
    Workflow workflow = workflows.stream().filter(w -> w.id.equals(spec.workflowId())).findFirst()
        .orElse(spec.workflowId() == null ? workflows.get(0)
            : new Workflow(spec.workflowId(), "Workflow " + spec.workflowId(), List.of("run")));
    Instant started = (spec.startedAt() != null ? spec.startedAt() : reference).truncatedTo(ChronoUnit.MICROS);
    boolean finished = status.equals("completed") || status.equals("failed") || status.equals("cancelled");
    Double duration = finished ? r.between(30_000L, 3_600_000L) / 1000.0 : null;
    String phase = r.pick(workflow.phases);
    String executionId = r.uuid();
    List<String> repos = r.chance(0.8) ? List.of(r.pick(REPOS)) : List.of(REPOS.get(0), REPOS.get(1));
    int opCount = spec.operations() != null ? spec.operations() : 8;
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
    String id = spec.id() != null ? spec.id() : r.uuid();
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

}
