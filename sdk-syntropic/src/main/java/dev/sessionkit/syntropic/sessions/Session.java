package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.SessionUsage;
import org.immutables.value.Value;

/**
 * One session as {@code GET /sessions} lists it: ids, status, model, token counts, cost and times. The
 * operations and the cost per model are in {@link SessionDetail}. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Session s : syn.sessions().listAll(ListSessionsRequest.builder().build())) {
 *   System.out.println(s.id() + " " + s.status() + " " + s.totalCostUsd());
 * }
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(builder = Session.Builder.class)
public abstract class Session implements SessionInfo {
  Session() {}

  @Override
  public final SessionUsage toSessionUsage() {
    return UsageMapping.of(this);
  }

  /**
   * A builder for a session (for tests and fakes; the client builds them from responses).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this session.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Session}; {@code id} and {@code status} are required. Not thread-safe. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
