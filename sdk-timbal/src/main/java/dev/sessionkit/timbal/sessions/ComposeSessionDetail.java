package dev.sessionkit.timbal.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One compose session with its messages: the fields of {@link ComposeSession} plus {@link #messages()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableComposeSessionDetail.class)
@JsonDeserialize(builder = ComposeSessionDetail.Builder.class)
public abstract class ComposeSessionDetail extends AbstractComposeSession {
  ComposeSessionDetail() {}

  /** The session's messages, in the server's order; empty when it has none. */
  @JsonProperty("messages")
  public abstract List<ComposeMessage> messages();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this session */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ComposeSessionDetail}; the required fields are those of {@link ComposeSession.Builder}. */
  public static final class Builder extends ImmutableComposeSessionDetail.Builder {
    Builder() {}
  }
}
