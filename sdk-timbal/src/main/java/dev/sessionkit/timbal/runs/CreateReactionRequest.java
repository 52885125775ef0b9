package dev.sessionkit.timbal.runs;

import dev.sessionkit.timbal.internal.Checks;
import java.util.Optional;

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
 * <p>Immutable and thread-safe.
 */
public final class CreateReactionRequest extends RunScopedRequest {
  private final Sentiment sentiment;
  private final String feedback;

  private CreateReactionRequest(Builder b) {
    super(b, "CreateReactionRequest");
    this.sentiment = Checks.present("CreateReactionRequest", "sentiment", b.sentiment);
    this.feedback = b.feedback;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** How the user felt about the run. */
  public Sentiment sentiment() {
    return sentiment;
  }

  /** The user's comment; when empty, the body has no {@code feedback} field. */
  public Optional<String> feedback() {
    return Optional.ofNullable(feedback);
  }

  // The feedback is the user's own text: it is not shown.
  @Override
  public String toString() {
    return "CreateReactionRequest[" + describeRun() + ", sentiment=" + sentiment + ", feedback="
        + (feedback == null ? "(none)" : feedback.length() + " chars") + "]";
  }

  /** Builds a {@link CreateReactionRequest}; {@code runId} and {@code sentiment} are required. Not thread-safe. */
  public static final class Builder extends RunScopedRequest.Builder<Builder, CreateReactionRequest> {
    private Sentiment sentiment;
    private String feedback;

    private Builder() {}

    private Builder(CreateReactionRequest request) {
      super(request);
      this.sentiment = request.sentiment;
      this.feedback = request.feedback;
    }

    /**
     * How the user felt about the run. Required.
     *
     * @param sentiment {@link Sentiment#POSITIVE}, {@link Sentiment#NEGATIVE}, or another value the server accepts
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder sentiment(Sentiment sentiment) {
      this.sentiment = Checks.notNull("sentiment", sentiment);
      return this;
    }

    /**
     * How the user felt about the run, as the server spells it ({@code positive}, {@code negative}).
     *
     * @param sentiment the value
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder sentiment(String sentiment) {
      return sentiment(Sentiment.of(Checks.required("sentiment", sentiment)));
    }

    /**
     * The user's comment.
     *
     * @param feedback the text, or null for none
     * @return this builder
     */
    public Builder feedback(String feedback) {
      this.feedback = feedback;
      return this;
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code runId} or {@code sentiment} was not set
     */
    @Override
    public CreateReactionRequest build() {
      return new CreateReactionRequest(this);
    }
  }
}
