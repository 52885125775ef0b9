package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * What an {@link Operation} of a session was: a tool call, a message, a git event, …. An open set: the
 * server adds event types over time, and one this SDK does not know is kept as sent ({@link #isKnown()}
 * is then false), never an error.
 */
public final class OperationType extends OpenValue {
  /** A tool call began. */
  public static final OperationType TOOL_EXECUTION_STARTED = new OperationType("tool_execution_started", true);
  /** A tool call ended. */
  public static final OperationType TOOL_EXECUTION_COMPLETED = new OperationType("tool_execution_completed", true);
  /** A tool call was refused by a hook. */
  public static final OperationType TOOL_BLOCKED = new OperationType("tool_blocked", true);
  /** A message of the conversation. */
  public static final OperationType MESSAGE = new OperationType("message", true);
  /** The model's thinking. */
  public static final OperationType THINKING = new OperationType("thinking", true);
  /** A git commit. */
  public static final OperationType GIT_COMMIT = new OperationType("git_commit", true);
  /** A git branch was created. */
  public static final OperationType GIT_BRANCH_CREATED = new OperationType("git_branch_created", true);
  /** The work tree switched branches. */
  public static final OperationType GIT_BRANCH_SWITCHED = new OperationType("git_branch_switched", true);
  /** A git merge ended. */
  public static final OperationType GIT_MERGE_COMPLETED = new OperationType("git_merge_completed", true);
  /** Commits were rewritten (rebase, amend). */
  public static final OperationType GIT_COMMITS_REWRITTEN = new OperationType("git_commits_rewritten", true);
  /** A git push began. */
  public static final OperationType GIT_PUSH_STARTED = new OperationType("git_push_started", true);
  /** A git push ended. */
  public static final OperationType GIT_PUSH_COMPLETED = new OperationType("git_push_completed", true);

  private static final Map<String, OperationType> KNOWN = index(TOOL_EXECUTION_STARTED, TOOL_EXECUTION_COMPLETED,
      TOOL_BLOCKED, MESSAGE, THINKING, GIT_COMMIT, GIT_BRANCH_CREATED, GIT_BRANCH_SWITCHED, GIT_MERGE_COMPLETED,
      GIT_COMMITS_REWRITTEN, GIT_PUSH_STARTED, GIT_PUSH_COMPLETED);

  private OperationType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The type for a text: one of the constants, or a new unknown type.
   *
   * @param value the type as the server sends it
   * @return the type
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static OperationType of(String value) {
    return lookup(KNOWN, value, v -> new OperationType(v, false));
  }
}
