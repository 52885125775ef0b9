package dev.sessionkit.timbal.sessions;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which compose sessions {@link ComposeSessionService#list(ListComposeSessionsRequest)} lists:
 * {@code GET /orgs/{org}/projects/{project}/compose/sessions}, with {@code user_id} and {@code rev} sent only
 * when set.
 *
 * <pre>{@code
 * ListComposeSessionsRequest request = ListComposeSessionsRequest.builder()
 *     .orgId("acme").projectId("support-bot").userId("u_42").rev("main").build();
 * }</pre>
 *
 * <p>Timbal's servers differ in the filters they take: the document of seed 000 (up to April 2026) has
 * {@code user_id} only, the documents of late April to May 2026 both (timbal 529394b to 8495bd6, 2026-04-24 to
 * 2026-05-19), and that of June 2026 (d8af300) {@code rev}
 * only. A server ignores a filter it does not take, so the SDK applies both to the sessions it reads as well:
 * a filter gives the same sessions whichever of these servers answers.
 *
 * <p>The builder's setters take null to unset a filter; {@code build()} refuses a blank id or filter with an
 * {@link IllegalArgumentException} naming it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class ListComposeSessionsRequest implements ProjectRequest {
  ListComposeSessionsRequest() {}

  /** Only the sessions of this user ({@code user_id}); every user's when empty. */
  public abstract Optional<String> userId();

  /** Only the sessions scoped to this git branch ({@code rev}, such as {@code main}); every branch's when empty. */
  public abstract Optional<String> rev();

  @Value.Check
  void check() {
    TimbalContext.checkIds(this);
    Arguments.optionalNonBlank(userId().orElse(null), "userId");
    Arguments.optionalNonBlank(rev().orElse(null), "rev");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ListComposeSessionsRequest}. Not thread-safe. */
  public static final class Builder extends ImmutableListComposeSessionsRequest.Builder {
    Builder() {}
  }
}
