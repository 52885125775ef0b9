package dev.sessionkit.timbal.testing;

/**
 * Realistic bodies in the shapes of Timbal's platform document of August 2026 (runs, run detail with trace,
 * reactions) and of its two last documents with compose sessions (seed 000 / 09d61f1, and d8af300 of June
 * 2026), with every documented field set. Written for SessionKit from what the documents show.
 */
public final class TimbalFixtures {
  private TimbalFixtures() {}

  /** One run with every field of {@code RunPreview} set. */
  public static final String RUN = """
      {
        "cost_credits": 4.125,
        "cost_usd": 0.0412500,
        "created_at": "2026-03-14T09:26:53.589Z",
        "id": "068c4458382e79bb80006dc019ac3039",
        "idempotency_key": "order-8812-refund",
        "status": "success",
        "user": {
          "email": "maria.lopez@acme.example",
          "id": "usr_7Hq2",
          "name": "María López",
          "photo_url": "https://cdn.timbal.ai/u/usr_7Hq2.png"
        },
        "workforce": {
          "id": "wf_31",
          "name": "refund-agent",
          "type": "agent",
          "deleted_at": 1767225600000,
          "description": "Handles refund requests from the support inbox",
          "uid": "refund-agent",
          "url": "https://acme.timbal.ai/refund-agent"
        },
        "duration_ms": 18342,
        "group_id": "grp_support_4411",
        "last_reaction_sentiment": "negative",
        "parent_id": "068c4458382e708f8000cc0f9b19d970"
      }""";

  /**
   * A run with only the required fields, the optional ones null or absent; its workforce has no {@code type}, as
   * in seed 002.
   */
  public static String minimalRun(String id) {
    return """
        {"cost_credits": 0, "cost_usd": 0, "created_at": "2026-03-15T08:02:41Z", "id": "%s",
         "idempotency_key": "key-%s", "status": "running",
         "user": {"id": "usr_9"}, "workforce": {"id": "wf_2", "name": "triage"},
         "duration_ms": null, "group_id": null, "last_reaction_sentiment": null}""".formatted(id, id);
  }

  /** A page of runs: {@code {"runs": [...], "next_page_token": ...}}; token null writes JSON null. */
  public static String runsPage(String token, String... runs) {
    return "{\"runs\": [" + String.join(",", runs) + "], \"next_page_token\": "
        + (token == null ? "null" : "\"" + token + "\"") + "}";
  }

  /** The run of {@link #RUN} as {@code RunDetail} has it (no workforce), with its status detail and a two-span trace. */
  public static final String RUN_DETAIL = """
      {
        "cost_credits": 4.125,
        "cost_usd": 0.0412500,
        "created_at": "2026-03-14T09:26:53.589Z",
        "id": "068c4458382e79bb80006dc019ac3039",
        "idempotency_key": "order/8812 refund",
        "status": "error",
        "user": {"email": "maria.lopez@acme.example", "id": "usr_7Hq2", "name": "María López",
                 "photo_url": "https://cdn.timbal.ai/u/usr_7Hq2.png"},
        "duration_ms": 18342,
        "group_id": "grp_support_4411",
        "last_reaction_sentiment": "negative",
        "parent_id": null,
        "status_detail": {"code": "error", "message": "Tool 'issue_refund' timed out after 30s"},
        "trace": [
          {
            "call_id": "068c4458382e708f8000cc0f9b19d970",
            "parent_call_id": null,
            "path": "refund-agent",
            "t0": 1773480413589,
            "t1": 1773480431931,
            "input": {"prompt": "Refund order 8812, the parcel never arrived"},
            "output": null,
            "error": {"type": "TimeoutError", "message": "Tool 'issue_refund' timed out after 30s"},
            "status": {"code": "error", "reason": "timeout"},
            "usage": {},
            "metadata": {"type": "Agent"},
            "elapsed": 18342
          },
          {
            "call_id": "068c4458383678be800031537a8df42e",
            "parent_call_id": "068c4458382e708f8000cc0f9b19d970",
            "path": "refund-agent.llm",
            "t0": 1773480414002,
            "t1": 1773480421250,
            "input": {"model": "openai/gpt-4o-mini",
                      "messages": [{"role": "user", "content": [{"type": "text", "text": "Refund order 8812"}]}]},
            "output": {"role": "assistant", "content": [{"type": "text", "text": "Issuing the refund now."}]},
            "error": null,
            "status": {"code": "success"},
            "usage": {"openai/gpt-4o-mini:input_tokens": 1320, "openai/gpt-4o-mini:output_tokens": 87},
            "metadata": {"type": "LLM", "model_provider": "openai", "model_name": "gpt-4o-mini", "ttft": 0.412},
            "elapsed": 7248
          }
        ]
      }""";

  /** One compose session with every field of seed 000 (document 09d61f1, April 2026) set. */
  public static final String COMPOSE_SESSION = """
      {
        "cache_creation_tokens": 18230,
        "cache_read_tokens": 402113,
        "cost_usd": 1.874215,
        "created_at": "2026-03-14T09:20:00Z",
        "id": "cs_01HV8Z3K7Q",
        "input_tokens": 52340,
        "iteration_count": 41,
        "last_active_at": "2026-03-14T10:02:17.250Z",
        "model_usage": {"claude-sonnet-4-5": {"input_tokens": 52340, "output_tokens": 9120, "cost_usd": 1.874215}},
        "output_tokens": 9120,
        "project_id": "support-bot",
        "rev": "feature/refund-flow",
        "status": "idle",
        "tool_call_count": 63,
        "turn_count": 7,
        "uid": "refund-flow-pairing",
        "user_id": "usr_7Hq2",
        "model": "claude-sonnet-4-5"
      }""";

  /** A second session, with {@code model} null and a status the SDK does not know. */
  public static final String COMPOSE_SESSION_2 = """
      {
        "cache_creation_tokens": 0, "cache_read_tokens": 0, "cost_usd": 0, "created_at": "2026-03-15T08:00:00Z",
        "id": "cs_01HV9A0000", "input_tokens": 0, "iteration_count": 0, "last_active_at": "2026-03-15T08:00:00Z",
        "model_usage": null, "output_tokens": 0, "project_id": "support-bot", "rev": "main", "status": "archived",
        "tool_call_count": 0, "turn_count": 0, "uid": "scratch", "user_id": "usr_9", "model": null
      }""";

  /**
   * One compose session in the shape of June 2026 (document d8af300), every field set: no {@code project_id},
   * token counts, cost or {@code model_usage}; {@code first_prompt}.
   */
  public static final String COMPOSE_SESSION_JUNE_2026 = """
      {
        "created_at": "2026-06-02T14:10:00Z",
        "first_prompt": "Add a CSV export to the invoices page and stream the rows instead of buil…",
        "id": "019d1bbe-2f61-7393-afa7-6bb770878c9b",
        "iteration_count": 12,
        "last_active_at": "2026-06-02T14:31:09.5Z",
        "model": "claude-sonnet-4-5",
        "rev": "feat/csv-export",
        "status": "active",
        "tool_call_count": 19,
        "turn_count": 3,
        "uid": "csv-export",
        "user_id": "usr_7Hq2"
      }""";

  /** A reaction with every field set; {@code user} as an object. */
  public static final String REACTION = """
      {"id": "rx_5521", "user": {"id": "usr_7Hq2", "email": "maria.lopez@acme.example", "name": "María López",
       "photo_url": "https://cdn.timbal.ai/u/usr_7Hq2.png"},
       "sentiment": "negative", "created_at": 1773561761377, "feedback": "Refunded the wrong order"}""";

  /** A reaction without feedback; {@code user} as a bare id. */
  public static final String REACTION_2 = """
      {"id": "rx_5522", "user": "usr_9", "sentiment": "positive", "created_at": 1773561761377}""";
}
