package dev.sessionkit.agents.testing;

/**
 * Realistic bodies in the shapes of seed 003 ({@code GET /sessions/}) and of the rest of the Agent Service as
 * DESIGN.md describes it, with every documented field set. Record times are naive, as the real server sends
 * them ({@code datetime.now()}).
 */
public final class AgentsFixtures {
  private AgentsFixtures() {}

  /** The compression prompt of seed 003's context config. */
  public static final String COMPRESSION_PROMPT = "<system-hint>You have been working on the task described above"
      + " but have not yet completed it. Now write a continuation summary that will allow you to resume work"
      + " efficiently in a future context window where the conversation history will be replaced with this"
      + " summary. Your summary should be structured, concise, and actionable.</system-hint>";

  /** The summary template of seed 003's context config. */
  public static final String SUMMARY_TEMPLATE = "<system-info>Here is a summary of your previous work\n"
      + "# Task Overview\n{task_overview}\n\n# Current State\n{current_state}\n\n# Important Discoveries\n"
      + "{important_discoveries}\n\n# Next Steps\n{next_steps}\n\n# Context to Preserve\n{context_to_preserve}"
      + "</system-info>";

  private static String agentData(String id, String name, String prompt) {
    return """
        {
          "name": "%s",
          "context_config": {
            "trigger_ratio": 0.8,
            "reserve_ratio": 0.1,
            "compression_prompt": %s,
            "summary_template": %s,
            "summary_schema": {"type": "object", "required": ["task_overview"]},
            "tool_result_limit": 3000
          },
          "react_config": {"max_iters": 20, "stop_on_reject": false},
          "id": "%s",
          "system_prompt": "%s"
        }""".formatted(name, json(COMPRESSION_PROMPT), json(SUMMARY_TEMPLATE), id, prompt);
  }

  /** One SessionView with every field of seed 003 set. */
  public static final String SESSION_VIEW = """
      {
        "session": {
          "user_id": "alice@acme.example",
          "agent_id": "agt-7f3a",
          "config": {
            "workspace_id": "ws-docs-42",
            "name": "Release notes for 2.4",
            "chat_model_config": {
              "type": "openai_chat",
              "credential_id": "cred-openai-1",
              "model": "gpt-4o",
              "parameters": {"temperature": 0.2, "max_tokens": 4096}
            },
            "fallback_chat_model_config": {
              "type": "dashscope_chat",
              "credential_id": "cred-dashscope-2",
              "model": "qwen-max",
              "parameters": {}
            },
            "tts_model_config": null
          },
          "id": "sess-9c1e",
          "updated_at": "2026-05-01T12:34:56.789012",
          "created_at": "2026-05-01T09:00:00",
          "source": "schedule",
          "source_schedule_id": "sched-nightly-notes",
          "team_id": "team-11",
          "state": {
            "session_id": "sess-9c1e",
            "summary": "",
            "context": [
              {
                "name": "alice",
                "content": [
                  {"text": "Draft the release notes for 2.4 from the merged PRs.", "type": "text", "id": "blk-01"}
                ],
                "id": "msg-01",
                "metadata": {"channel": "web"},
                "created_at": "2026-05-01T09:00:05.120000",
                "finished_at": "2026-05-01T09:00:05.120000",
                "usage": {"input_tokens": 1523, "output_tokens": 312}
              }
            ],
            "reply_id": "msg-02",
            "cur_iter": 3,
            "permission_context": {
              "mode": "accept_edits",
              "working_directories": {"/srv/ws/docs": {"path": "/srv/ws/docs", "source": "session"}},
              "allow_rules": {
                "Bash": [{"tool_name": "Bash", "rule_content": "git log", "behavior": "allow", "source": "session"}]
              },
              "deny_rules": {
                "Write": [{"tool_name": "Write", "rule_content": "/etc/**", "behavior": "deny", "source": "userSettings"}]
              },
              "ask_rules": {
                "WebFetch": [{"tool_name": "WebFetch", "rule_content": null, "behavior": "ask", "source": "session"}]
              }
            },
            "tool_context": {
              "max_cache_files": 100,
              "max_cache_bytes": 25000,
              "read_file_cache": [
                {
                  "lines": ["# Changelog", "", "## 2.4.0"],
                  "updated_at": 1777626896.25,
                  "bytes": 2048,
                  "file_path": "/srv/ws/docs/CHANGELOG.md"
                }
              ],
              "activated_groups": ["filesystem", "git"]
            },
            "tasks_context": {
              "tasks": [
                {
                  "subject": "Collect merged PRs",
                  "description": "List every PR merged since the 2.3 tag",
                  "metadata": {"priority": "high"},
                  "created_at": "2026-05-01T09:01:00.5",
                  "state": "in_progress",
                  "id": "task-1",
                  "owner": "Scribe",
                  "blocks": ["task-2"],
                  "blocked_by": ["task-0"]
                }
              ]
            }
          }
        },
        "is_running": true,
        "team": {
          "team": {
            "user_id": "alice@acme.example",
            "session_id": "sess-9c1e",
            "data": {"name": "Docs crew", "description": "Writes and reviews the release docs", "member_ids": ["agt-w1"]},
            "id": "team-11",
            "updated_at": "2026-05-01T09:05:00",
            "created_at": "2026-05-01T09:04:59.999"
          },
          "leader_agent": {
            "user_id": "alice@acme.example",
            "data": %s,
            "id": "agt-7f3a",
            "updated_at": "2026-04-30T18:00:00",
            "created_at": "2026-04-02T10:15:30",
            "source": "user"
          },
          "members": [
            {
              "agent": {
                "user_id": "alice@acme.example",
                "data": %s,
                "id": "agt-w1",
                "updated_at": "2026-05-01T09:05:01",
                "created_at": "2026-05-01T09:05:01",
                "source": "team"
              },
              "session_id": "sess-w1"
            }
          ]
        }
      }""".formatted(agentData("agt-7f3a", "Scribe", "You're a helpful assistant."),
      agentData("agt-w1", "Reviewer", "You review release notes for accuracy."));

  /** Seed 003's response: {@code {"sessions": [SESSION_VIEW], "total": 1}}. */
  public static final String SESSION_LIST = "{\"sessions\": [" + SESSION_VIEW + "], \"total\": 1}";

  /** A session record as {@code PATCH} returns it, its fields mostly at their defaults. */
  public static final String SESSION_RECORD = """
      {
        "user_id": "alice@acme.example",
        "agent_id": "agt-7f3a",
        "config": {"workspace_id": "ws-docs-42", "name": "Release notes, v2", "chat_model_config": null,
                   "fallback_chat_model_config": null, "cwd": null},
        "id": "sess-9c1e",
        "updated_at": "2026-05-02T08:00:00",
        "created_at": "2026-05-01T09:00:00",
        "source": "user",
        "source_schedule_id": null,
        "source_channel_id": null,
        "team_id": null,
        "state": {"session_id": "sess-9c1e", "summary": [{"type": "text", "text": "Notes drafted."}],
                  "context": [], "reply_id": "", "cur_iter": 0}
      }""";

  /** A JSON string literal of {@code s}. */
  public static String json(String s) {
    return dev.sessionkit.core.internal.json.SessionKitJson.mapper().valueToTree(s).toString();
  }
}
