package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One response of {@code GET /sessions}: at most a page of sessions, newest first, and what the server
 * says about the page. To walk every matching session, use
 * {@link SessionService#listAll(ListSessionsRequest)}. Immutable and thread-safe.
 *
 * <p>Two server generations answer differently, and the response itself tells them apart. Servers of
 * May 2026 and before (Syntropic137 0.25, the checked-in OpenAPI document of syntropic137@3b29537) send
 * {@code sessions} and a {@code total} that is only the size of this response. Later servers page the
 * listing ({@code page}, {@code page_size}) and send a {@code total} that counts every match, with
 * {@code status_counts} and {@code excluded_undated}; {@link #paged()} is true for them. What a server does
 * not send is empty here, never an invented 0.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionList.class)
@JsonDeserialize(builder = SessionList.Builder.class)
public abstract class SessionList {
  SessionList() {}

  /** The sessions of this response, newest first by {@code started_at}. */
  @JsonProperty("sessions")
  public abstract List<Session> sessions();

  /**
   * The {@code total} as the server sent it; empty when it sent none. Its meaning depends on the server:
   * all matching sessions where {@link #paged()} is true, else only the size of this response. Prefer
   * {@link #totalMatches()}, which is only present with the first meaning.
   */
  @JsonProperty("total")
  public abstract Optional<Long> total();

  /** The number of this page, from 1, on servers that page; empty on older servers. */
  @JsonProperty("page")
  public abstract Optional<Integer> page();

  /** The page size the server applied, on servers that page; empty on older servers. */
  @JsonProperty("page_size")
  public abstract Optional<Integer> pageSize();

  /**
   * The matching sessions by status, counted over every filter except the status filter itself (so the
   * count of each status you did not select is there too); empty on servers that do not report it.
   */
  @JsonProperty("status_counts")
  public abstract Optional<Map<String, Long>> statusCounts();

  /**
   * Sessions left out because they have no {@code started_at} and the request had a time bound
   * ({@code started_after} or {@code started_before}), which they can be neither in nor out of: 0 when the
   * request had none. Empty on servers that do not report it.
   */
  @JsonProperty("excluded_undated")
  public abstract Optional<Long> excludedUndated();

  /**
   * Whether the server pages this listing ({@code page}, {@code page_size}, a {@code total} of all
   * matches): true when it sent {@code page} or {@code page_size}.
   *
   * @return whether the response came from a paging server
   */
  public final boolean paged() {
    return page().isPresent() || pageSize().isPresent();
  }

  /**
   * How many sessions match the request's filters across every page: the server's {@code total} where
   * {@link #paged()} is true; empty on older servers, whose {@code total} is the size of this response.
   *
   * @return the number of matches, when the server counts them
   */
  public final Optional<Long> totalMatches() {
    return paged() ? total() : Optional.empty();
  }

  /**
   * Where the listing goes on after this response, as a cursor for {@link ListSessionsRequest#cursor()}:
   * {@code list(request.toBuilder().cursor(c).build())} returns the next page, and {@code listAll} with it
   * every session after this response. Calling {@code list} with each response's cursor until there is none
   * yields exactly the sessions {@code listAll} yields, none lost and none repeated.
   *
   * <p>Present when more sessions may follow: this response was a full page (as many sessions as its page
   * size), or sessions without {@code started_at} are still to come. Empty on the last page, and on a
   * response to a request that named a {@link ListSessionsRequest#page() page} past 1 (go on with the next
   * page number; a cursor continues a walk by {@code started_at}, which page numbers are not).
   *
   * <p>The cursor is opaque and URL-safe, stays valid across patch versions of SessionKit, and resumes only
   * the listing that made it (same filters). It is set by the client, not read from the server: it is not
   * part of the JSON, nor of {@code equals}, {@code hashCode} and {@code toString}.
   *
   * @return the cursor of the place after this response, if more may follow
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<String> nextCursor();

  /** Fields the server sent that this SDK version does not know, by JSON name. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * A builder for a list (for tests and fakes).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this list.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SessionList}. Not thread-safe. */
  public static final class Builder extends ImmutableSessionList.Builder {
    Builder() {}
  }
}
