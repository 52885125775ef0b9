package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.Describe;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.syntropic.internal.SessionsQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET /sessions}. Every filter is optional; the server ANDs them.
 *
 * <pre>{@code
 * ListSessionsRequest request = ListSessionsRequest.builder()
 *     .statuses(List.of("running", "failed"))
 *     .startedAfter(Instant.parse("2026-05-01T00:00:00Z"))
 *     .limit(200)
 *     .build();
 * }</pre>
 *
 * <p>On the wire: {@code statuses} is sent comma-joined and takes precedence over {@code status}, so when
 * both are set only {@code statuses} is sent (the server would ignore {@code status}). Times are sent in
 * UTC with a {@code Z} ({@code 2026-05-01T00:00:00Z}): the server fails with 500 on a time without an
 * offset. The server keeps microseconds, so a bound finer than that is rounded outwards (the lower bound
 * up, the upper bound down), which selects exactly the sessions the finer bound would.
 *
 * <p>Servers after May 2026 also take a free-text {@link #q()} and page the listing ({@link #page()},
 * {@code page_size}). The page size is {@link #limit()}, sent as {@code limit}: servers of May 2026 read it
 * as the page size, later ones as the deprecated alias of {@code page_size}. Older servers ignore parameters they do not know, so {@code q} and {@code page} would be
 * silently dropped there: {@code list} tells from the response whether the server paged, and fails rather
 * than return page 1 for page 3 (see {@link SessionService#list(ListSessionsRequest)}).
 *
 * <p>A listing can start where an earlier one stopped: give the builder's {@link #cursor() cursor} the
 * {@link dev.sessionkit.core.paging.Page#nextCursor() nextCursor()} of a page of {@code listAll}, or the
 * {@link SessionList#nextCursor()} of a {@code list} response, with the same filters.
 *
 * <p>Each setter of the builder replaces the earlier value, and takes {@code null} (or an empty
 * {@code Optional}) to clear a filter; {@code statuses} is cleared with an empty list. {@code build()} refuses,
 * naming the field: with an {@link IllegalArgumentException}, a blank filter, a status that is blank or holds
 * a comma (the wire separator), a {@code limit} outside 1 to {@value #MAX_LIMIT}, a {@code page} below 1 and
 * a string that is not a cursor SessionKit made for a listing of Syntropic137 sessions; with an
 * {@link IllegalStateException}, a {@code startedAfter} after {@code startedBefore} (nothing could match) and
 * a cursor together with a page.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class ListSessionsRequest {
  /** The largest {@code limit} the server accepts. */
  public static final int MAX_LIMIT = 200;

  ListSessionsRequest() {}

  /** Only sessions of this workflow ({@code workflow_id}). */
  public abstract Optional<String> workflowId();

  /**
   * Only sessions with this status ({@code status}, the server's legacy single-status filter); not sent when
   * {@link #statuses()} is set.
   */
  public abstract Optional<String> status();

  /** Only sessions with one of these statuses, OR'd ({@code statuses}); empty when not set. */
  public abstract List<String> statuses();

  /** Only sessions started at or after this instant ({@code started_after}, inclusive). */
  public abstract Optional<Instant> startedAfter();

  /** Only sessions started at or before this instant ({@code started_before}, inclusive). */
  public abstract Optional<Instant> startedBefore();

  /**
   * How many sessions one response holds, 1 to {@value #MAX_LIMIT}; when not set, {@code list} leaves it
   * to the server (50) and {@code listAll} asks for {@value #MAX_LIMIT} a page. For {@code listAll} it is
   * the page size, not a cap on the total. Sent as {@code limit}, which servers of May 2026 read as the page
   * size and later ones as the alias of {@code page_size}.
   */
  public abstract Optional<Integer> limit();

  /**
   * Only sessions whose id or workflow id contains this text, ignoring case ({@code q}). Servers of May
   * 2026 and before ignore it.
   */
  public abstract Optional<String> q();

  /**
   * Which page {@code list} asks for, from 1 ({@code page}); when not set, the first. Only for
   * {@code list}: {@code listAll} walks the pages itself and refuses a request that sets it.
   */
  public abstract Optional<Integer> page();

  /**
   * Where the listing starts: the place after a page of an earlier listing with the same filters; empty to
   * start from the newest session. {@code listAll} then yields exactly the sessions that listing would have
   * yielded after that page, none lost and none repeated (sessions that share the page's oldest
   * {@code started_at} included), and {@code list} returns the next page of it.
   *
   * <p>A cursor is opaque and URL-safe: pass on exactly the string {@code nextCursor()} gave, in this
   * process or another, later (a checkpoint, a browser's "next page"). It stays valid across patch versions
   * of SessionKit. It resumes only the listing that made it: the same filters ({@code workflowId},
   * {@code status}/{@code statuses}, {@code startedAfter}, {@code startedBefore}, {@code q}) on the same
   * kind of listing; {@code limit} may differ. That is checked when the call is made, before any request.
   *
   * <p>Its length is about 150 characters, and about 15 more for each session returned that shares the
   * page's oldest {@code started_at} (at most a page, {@value #MAX_LIMIT}) or has no {@code started_at} (the
   * cursor holds a short hash of each such id, not the id): under 4,000 for a page of {@value #MAX_LIMIT}
   * that all share one instant.
   *
   * @return the cursor, as given
   */
  public abstract Optional<String> cursor();

  @Value.Check
  void check() {
    Arguments.optionalNonBlank(workflowId().orElse(null), "workflowId");
    Arguments.optionalNonBlank(status().orElse(null), "status");
    Arguments.optionalNonBlank(q().orElse(null), "q");
    Arguments.requireNonBlankElements(statuses(), "statuses");
    for (int i = 0; i < statuses().size(); i++) {
      if (statuses().get(i).indexOf(',') >= 0) {
        throw new IllegalArgumentException("statuses[" + i + "] must not contain a comma (the wire separator), was \""
            + statuses().get(i) + "\"");
      }
    }
    limit().ifPresent(limit -> Arguments.requireBetween(limit, 1, MAX_LIMIT, "limit"));
    page().ifPresent(page -> Arguments.requireAtLeast(page, 1, "page"));
    if (startedAfter().isPresent() && startedBefore().isPresent()) {
      Arguments.requireConsistent(!startedAfter().get().isAfter(startedBefore().get()), "ListSessionsRequest",
          "startedAfter (" + startedAfter().get() + ") must not be after startedBefore (" + startedBefore().get()
              + ")");
    }
    cursor().ifPresent(cursor -> CursorCodec.requireKind(cursor, SessionsQuery.CURSOR_KIND));
    Arguments.requireConsistent(cursor().isEmpty() || page().isEmpty(), "ListSessionsRequest",
        "cursor and page are two ways to say where the listing starts: set one (the cursor to go on after a page"
            + " of listAll or list, the page to ask for page " + page().orElse(0) + " by number)");
  }

  /** The fields set, the cursor by its first 16 characters (enough to tell two apart in a log). */
  @Override
  public String toString() {
    return Describe.of("ListSessionsRequest", "workflowId", workflowId(), "status", status(),
        "statuses", statuses().isEmpty() ? null : statuses(), "startedAfter", startedAfter(),
        "startedBefore", startedBefore(), "limit", limit(), "q", q(), "page", page(),
        "cursor", cursor().map(CursorCodec::abbreviate));
  }

  /**
   * A new builder with no filters.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this request's filters.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ListSessionsRequest}. Each setter replaces the earlier value; {@code null} clears a
   * filter. Not thread-safe.
   */
  public static final class Builder extends ImmutableListSessionsRequest.Builder {
    Builder() {}

    /**
     * Only sessions with this status.
     *
     * @param status the status, or null for any
     * @return this builder
     */
    public Builder status(SessionStatus status) {
      return status(status == null ? null : status.value());
    }

    /**
     * Only sessions with one of these statuses (OR'd), replacing any given before. {@code build()} refuses
     * a blank one, or one that holds a comma (the wire separator), with an {@link IllegalArgumentException}.
     *
     * @param statuses the statuses; null or empty for any
     * @return this builder
     * @throws NullPointerException if one is null
     */
    public Builder statuses(List<String> statuses) {
      return statuses((Iterable<String>) (statuses == null ? List.<String>of() : statuses));
    }

    /**
     * Only sessions with one of these statuses (OR'd), replacing any given before.
     *
     * @param statuses the statuses; none for any
     * @return this builder
     * @throws NullPointerException if the array or one of them is null
     */
    public Builder statuses(SessionStatus... statuses) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < statuses.length; i++) {
        values.add(Arguments.requireNonNull(statuses[i], "statuses[" + i + "]").value());
      }
      return statuses(values);
    }
  }
}
