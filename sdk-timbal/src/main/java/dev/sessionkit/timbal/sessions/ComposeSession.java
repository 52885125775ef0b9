package dev.sessionkit.timbal.sessions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/**
 * A Timbal compose session (an interactive coding session scoped to a git branch), as the listing returns
 * it: its owner, status and model, and, from servers that send them, its token counts and cost
 * ({@link #reportsUsage()}). {@link #toSessionUsage()} gives the cross-vendor view.
 *
 * <p>Immutable and thread-safe; build one in tests with {@link #builder()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableComposeSession.class)
@JsonDeserialize(builder = ComposeSession.Builder.class)
public abstract class ComposeSession extends AbstractComposeSession {
  ComposeSession() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this session */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ComposeSession}; {@code id}, {@code uid}, {@code userId}, {@code rev}, {@code status},
   * {@code createdAt} and {@code lastActiveAt} are required (both of Timbal's shapes have them), the three
   * counts default to 0, and the usage fields are empty unless set.
   */
  public static final class Builder extends ImmutableComposeSession.Builder {
    Builder() {}
  }
}
