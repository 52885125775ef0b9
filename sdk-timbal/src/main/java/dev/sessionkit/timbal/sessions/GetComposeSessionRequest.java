package dev.sessionkit.timbal.sessions;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.TimbalContext;
import org.immutables.value.Value;

/**
 * Names one compose session for {@link ComposeSessionService#get(GetComposeSessionRequest)}:
 * {@code GET /orgs/{org}/projects/{project}/compose/sessions/{session_id}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class GetComposeSessionRequest implements ProjectRequest {
  GetComposeSessionRequest() {}

  /** The session's id. */
  public abstract String sessionId();

  @Value.Check
  void check() {
    TimbalContext.checkIds(this);
    Arguments.requireNonBlank(sessionId(), "sessionId");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link GetComposeSessionRequest}; {@code sessionId} is required. A null id is a
   * {@link NullPointerException} from its setter; {@code build()} throws {@link IllegalStateException} when
   * {@code sessionId} was never set and {@link IllegalArgumentException} when an id is blank. Not thread-safe.
   */
  public static final class Builder extends ImmutableGetComposeSessionRequest.Builder {
    Builder() {}
  }
}
