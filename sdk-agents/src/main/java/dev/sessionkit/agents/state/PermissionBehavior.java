package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * What a permission rule does ({@link PermissionRule#behavior()}): {@code allow}, {@code deny}, {@code ask} or
 * {@code passthrough}. An open set: any other value the server sends is kept as given.
 */
public final class PermissionBehavior extends OpenValue {
  /** The call may run. */
  public static final PermissionBehavior ALLOW = new PermissionBehavior("allow", true);
  /** The call is refused. */
  public static final PermissionBehavior DENY = new PermissionBehavior("deny", true);
  /** The user is asked to confirm the call. */
  public static final PermissionBehavior ASK = new PermissionBehavior("ask", true);
  /** No decision: the server goes on matching its other rules (a tool deferring to them). */
  public static final PermissionBehavior PASSTHROUGH = new PermissionBehavior("passthrough", true);

  private static final Map<String, PermissionBehavior> KNOWN = index(ALLOW, DENY, ASK, PASSTHROUGH);

  private PermissionBehavior(String value, boolean known) {
    super(value, known);
  }

  /**
   * The behaviour for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static PermissionBehavior of(String value) {
    return lookup(KNOWN, value, v -> new PermissionBehavior(v, false));
  }
}
