package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.syntropic.internal.SessionsQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * <p>A listing can start where an earlier one stopped: give {@link Builder#cursor} the
 * {@link dev.sessionkit.core.paging.Page#nextCursor() nextCursor()} of a page of {@code listAll}, or the
 * {@link SessionList#nextCursor()} of a {@code list} response, with the same filters.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListSessionsRequest {
  /** The largest {@code limit} the server accepts. */
  public static final int MAX_LIMIT = 200;

  private final String workflowId;
  private final String status;
  private final List<String> statuses;
  private final Instant startedAfter;
  private final Instant startedBefore;
  private final Integer limit;
  private final String q;
  private final Integer page;
  private final String cursor;

  private ListSessionsRequest(Builder b) {
    this.workflowId = b.workflowId;
    this.status = b.status;
    this.statuses = List.copyOf(b.statuses);
    this.startedAfter = b.startedAfter;
    this.startedBefore = b.startedBefore;
    this.limit = b.limit;
    this.q = b.q;
    this.page = b.page;
    this.cursor = b.cursor;
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
    Builder b = new Builder();
    b.workflowId = workflowId;
    b.status = status;
    b.statuses.addAll(statuses);
    b.startedAfter = startedAfter;
    b.startedBefore = startedBefore;
    b.limit = limit;
    b.q = q;
    b.page = page;
    b.cursor = cursor;
    return b;
  }

  /** Only sessions of this workflow ({@code workflow_id}). */
  public Optional<String> workflowId() {
    return Optional.ofNullable(workflowId);
  }

  /** Only sessions with this status ({@code status}); not sent when {@link #statuses()} is set. */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** Only sessions with one of these statuses ({@code statuses}); empty when not set. */
  public List<String> statuses() {
    return statuses;
  }

  /** Only sessions started at or after this instant ({@code started_after}, inclusive). */
  public Optional<Instant> startedAfter() {
    return Optional.ofNullable(startedAfter);
  }

  /** Only sessions started at or before this instant ({@code started_before}, inclusive). */
  public Optional<Instant> startedBefore() {
    return Optional.ofNullable(startedBefore);
  }

  /**
   * How many sessions one response holds, 1 to {@value #MAX_LIMIT}; when not set, {@code list} leaves it
   * to the server (50) and {@code listAll} asks for {@value #MAX_LIMIT} a page. For {@code listAll} it is
   * the page size, not a cap on the total. Sent as {@code limit}, which servers of May 2026 read as the page
   * size and later ones as the alias of {@code page_size}.
   */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * Only sessions whose id or workflow id contains this text, ignoring case ({@code q}). Servers of May
   * 2026 and before ignore it.
   */
  public Optional<String> q() {
    return Optional.ofNullable(q);
  }

  /**
   * Which page {@code list} asks for, from 1 ({@code page}); when not set, the first. Only for
   * {@code list}: {@code listAll} walks the pages itself and refuses a request that sets it.
   */
  public Optional<Integer> page() {
    return Optional.ofNullable(page);
  }

  /**
   * Where the listing starts: the place after a page of an earlier listing with the same filters; empty to
   * start from the newest session. See {@link Builder#cursor}.
   *
   * @return the cursor, as given
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ListSessionsRequest)) {
      return false;
    }
    ListSessionsRequest r = (ListSessionsRequest) o;
    return Objects.equals(workflowId, r.workflowId) && Objects.equals(status, r.status)
        && statuses.equals(r.statuses) && Objects.equals(startedAfter, r.startedAfter)
        && Objects.equals(startedBefore, r.startedBefore) && Objects.equals(limit, r.limit)
        && Objects.equals(q, r.q) && Objects.equals(page, r.page) && Objects.equals(cursor, r.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workflowId, status, statuses, startedAfter, startedBefore, limit, q, page, cursor);
  }

  /** The filters, and the cursor cut to its first 16 characters (enough to tell two apart in a log). */
  @Override
  public String toString() {
    return "ListSessionsRequest[workflowId=" + workflowId + ", status=" + status + ", statuses=" + statuses
        + ", startedAfter=" + startedAfter + ", startedBefore=" + startedBefore + ", limit=" + limit + ", q=" + q
        + ", page=" + page + ", cursor=" + (cursor == null ? null : CursorCodec.abbreviate(cursor)) + "]";
  }

  /**
   * Builds a {@link ListSessionsRequest}. Each setter replaces the earlier value; {@code null} clears a
   * filter. Not thread-safe.
   */
  public static final class Builder {
    private String workflowId;
    private String status;
    private final List<String> statuses = new ArrayList<>();
    private Instant startedAfter;
    private Instant startedBefore;
    private Integer limit;
    private String q;
    private Integer page;
    private String cursor;

    private Builder() {}

    /**
     * Only sessions of this workflow.
     *
     * @param workflowId the workflow id, or null for any workflow
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder workflowId(String workflowId) {
      this.workflowId = notBlank("workflowId", workflowId);
      return this;
    }

    /**
     * Only sessions with this status (the server's legacy single-status filter; {@link #statuses} wins).
     *
     * @param status the status, or null for any
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder status(String status) {
      this.status = notBlank("status", status);
      return this;
    }

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
     * Only sessions with one of these statuses (OR'd), replacing any given before.
     *
     * @param statuses the statuses; null or empty for any
     * @return this builder
     * @throws IllegalArgumentException if one is null, blank or contains a comma (the wire separator)
     */
    public Builder statuses(List<String> statuses) {
      List<String> checked = new ArrayList<>();
      if (statuses != null) {
        for (String s : statuses) {
          if (s == null || s.isBlank() || s.indexOf(',') >= 0) {
            throw new IllegalArgumentException("statuses must not hold a null, blank or comma-containing value,"
                + " was " + (s == null ? "null" : "\"" + s + "\""));
          }
          checked.add(s);
        }
      }
      this.statuses.clear();
      this.statuses.addAll(checked);
      return this;
    }

    /**
     * Only sessions with one of these statuses (OR'd), replacing any given before.
     *
     * @param statuses the statuses; none for any
     * @return this builder
     * @throws NullPointerException if one is null
     */
    public Builder statuses(SessionStatus... statuses) {
      List<String> values = new ArrayList<>();
      Arrays.stream(statuses).forEach(s -> values.add(Objects.requireNonNull(s, "statuses element").value()));
      return statuses(values);
    }

    /**
     * Only sessions started at or after this instant (inclusive).
     *
     * @param startedAfter the lower bound, or null for none
     * @return this builder
     */
    public Builder startedAfter(Instant startedAfter) {
      this.startedAfter = startedAfter;
      return this;
    }

    /**
     * Only sessions started at or before this instant (inclusive).
     *
     * @param startedBefore the upper bound, or null for none
     * @return this builder
     */
    public Builder startedBefore(Instant startedBefore) {
      this.startedBefore = startedBefore;
      return this;
    }

    /**
     * How many sessions one response holds (for {@code listAll}, the page size).
     *
     * @param limit 1 to {@value ListSessionsRequest#MAX_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if it is out of that range
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * Only sessions whose id or workflow id contains this text, ignoring case (servers after May 2026).
     *
     * @param q the text, or null for any session
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder q(String q) {
      this.q = notBlank("q", q);
      return this;
    }

    /**
     * Which page {@code list} asks for (servers after May 2026); {@code listAll} refuses a request that
     * sets it.
     *
     * @param page the page number, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder page(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("page must be 1 or more, was " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Starts the listing after a page of an earlier one: {@code listAll} yields exactly the sessions that
     * listing would have yielded after that page, none lost and none repeated (sessions that share the
     * page's oldest {@code started_at} included), and {@code list} returns the next page of it.
     *
     * <p>A cursor is opaque and URL-safe: pass on exactly the string {@code nextCursor()} gave, in this
     * process or another, later (a checkpoint, a browser's "next page"). It stays valid across patch versions
     * of SessionKit. It resumes only the listing that made it: the same filters ({@code workflowId},
     * {@code status}/{@code statuses}, {@code startedAfter}, {@code startedBefore}, {@code q}) on the same
     * kind of listing; {@code limit} may differ. That is checked when the call is made, before any request.
     *
     * <p>Its length is about 150 characters, and about 15 more for each session returned that shares the
     * page's oldest {@code started_at} (at most a page, {@value ListSessionsRequest#MAX_LIMIT}) or has no
     * {@code started_at} (the cursor holds a short hash of each such id, not the id): under 4,000 for a page
     * of {@value ListSessionsRequest#MAX_LIMIT} that all share one instant.
     *
     * @param cursor a page's {@code nextCursor()}, or null to start from the newest session
     * @return this builder
     */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if {@code startedAfter} is after {@code startedBefore} (nothing
     *     could match), if the cursor is not one SessionKit made for a listing of Syntropic137 sessions, or
     *     if both a cursor and a page are set
     */
    public ListSessionsRequest build() {
      if (startedAfter != null && startedBefore != null && startedAfter.isAfter(startedBefore)) {
        throw new IllegalArgumentException("startedAfter (" + startedAfter + ") must not be after startedBefore ("
            + startedBefore + ")");
      }
      if (cursor != null) {
        CursorCodec.requireKind(cursor, SessionsQuery.CURSOR_KIND);
        if (page != null) {
          throw new IllegalArgumentException("cursor and page are two ways to say where the listing starts: set"
              + " one (the cursor to go on after a page of listAll or list, the page to ask for page " + page
              + " by number)");
        }
      }
      return new ListSessionsRequest(this);
    }

    private static String notBlank(String name, String value) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
