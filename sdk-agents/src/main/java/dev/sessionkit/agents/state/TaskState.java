package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * Where a task stands: {@code pending}, {@code in_progress} or {@code completed}. An open set: any other value the server sends is kept as given.
 */
public final class TaskState extends OpenValue {
  /** Not started. */
  public static final TaskState PENDING = new TaskState("pending", true);
  /** Being worked on. */
  public static final TaskState IN_PROGRESS = new TaskState("in_progress", true);
  /** Done. */
  public static final TaskState COMPLETED = new TaskState("completed", true);

  private static final Map<String, TaskState> KNOWN = index(PENDING, IN_PROGRESS, COMPLETED);

  private TaskState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The state for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static TaskState of(String value) {
    return lookup(KNOWN, value, v -> new TaskState(v, false));
  }
}
