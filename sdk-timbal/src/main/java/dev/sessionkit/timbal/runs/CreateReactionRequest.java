package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reaction to post on a run with {@link ReactionService#create(CreateReactionRequest)}:
 * {@code POST /orgs/{org}/projects/{project}/runs/{run_id}/reactions} with {@code {sentiment, feedback?}}.
 *
 * <pre>{@code
 * timbal.runs().reactions().create(CreateReactionRequest.builder()
 *     .runId("run_01").sentiment(Sentiment.NEGATIVE).feedback("Quoted the wrong price")
 *     .build());
 * }</pre>
 *
 * <p>{@code toString()} leaves out the feedback: it is the user's own text.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class CreateReactionRequest implements ProjectRequest {
  CreateReactionRequest() {}

  /** The run: its id, or the idempotency key it was started with. */
  public abstract String runId();

  /** How the user felt about the run. */
  public abstract Sentiment sentiment();

  /** The user's comment; when empty, the body has no {@code feedback} field. */
  @Value.Redacted
  public abstract Optional<String> feedback();

  @Value.Check
  void check() {
    TimbalContext.checkIds(this);
    Arguments.requireNonBlank(runId(), "runId");
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
   * Builds a {@link CreateReactionRequest}; {@code runId} and {@code sentiment} are required. A null one is
   * a {@link NullPointerException} from its setter; {@code build()} throws {@link IllegalStateException} when
   * one was never set and {@link IllegalArgumentException} when an id is blank. Not thread-safe.
   */
  public static final class Builder extends ImmutableCreateReactionRequest.Builder {
    Builder() {}

    /**
     * How the user felt about the run, as the server spells it ({@code positive}, {@code negative}).
     *
     * @param sentiment the value
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder sentiment(String sentiment) {
      return sentiment(Sentiment.of(Arguments.requireNonBlank(sentiment, "sentiment")));
    }
  }
}
