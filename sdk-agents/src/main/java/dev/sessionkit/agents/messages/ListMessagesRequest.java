package dev.sessionkit.agents.messages;

import dev.sessionkit.agents.internal.DefaultMessageService;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.internal.paging.CursorCodec;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which messages of a session to read ({@code GET /sessions/{id}/messages}), at most {@code limit} a page.
 * Immutable.
 *
 * <pre>{@code
 * ListMessagesRequest latest = ListMessagesRequest.builder().session(view.ref()).limit(50).build();
 * ListMessagesRequest older = latest.toBuilder().before(page.items().get(page.items().size() - 1).id().get())
 *     .build();
 * }</pre>
 *
 * <p>Where a listing starts depends on the server's version (see {@link MessageOrder}): with neither
 * {@code before} nor {@code offset}, current servers start from the latest message and older ones from the
 * first. {@code before} (current servers) starts just before a given message; {@code offset} (servers before
 * AgentScope 2.0.4.post1) skips the session's first messages. A request that sets one of them to a server that
 * does not page that way fails with a {@link dev.sessionkit.core.errors.SessionKitException} after the first
 * response, instead of returning other messages than asked. {@code cursor} (any server) resumes a listing
 * where one of its pages ended, from {@link MessagePage#nextCursor()}; it is the third way to say where to
 * start, so it goes with neither {@code before} nor {@code offset}.
 */
@Value.Immutable
@ModelStyle
public abstract class ListMessagesRequest {
  /** The largest page the server gives. */
  public static final int MAX_LIMIT = 200;
  private static final String TYPE = "ListMessagesRequest";

  ListMessagesRequest() {}

  /** The session's agent ({@code agent_id}). */
  public abstract String agentId();

  /** The session whose messages to read. */
  public abstract String sessionId();

  /**
   * Start just before this message ({@code before}, a message id from an earlier page): the messages older
   * than it, newest first. Current servers only (AgentScope 2.0.4.post1 and newer). The server answers a
   * message id it does not know as it answers the oldest message: with no messages and no next page.
   */
  public abstract Optional<String> before();

  /**
   * How many of the session's first messages to skip ({@code offset}); 0 by default, and then not sent. The way
   * to start further in on servers before AgentScope 2.0.4.post1, and on those only: current servers ignore it
   * (they page with {@link #before()}), so a request that sets it fails there.
   */
  @Value.Default
  public long offset() {
    return 0;
  }

  /**
   * Resume a listing after one of its pages: the {@link MessagePage#nextCursor()} of that page. The listing
   * then yields exactly the messages after that page, in the same order, none lost and none repeated, on the
   * server version that made the cursor (a cursor of a {@code before} walk on a current server, one of an
   * {@code offset} walk on a server before AgentScope 2.0.4.post1; if the server changed version since, the
   * listing fails with a {@link dev.sessionkit.core.errors.SessionKitException} after its first response).
   *
   * <p>A cursor is opaque and URL-safe: save it, hand it to a browser, give it to another process or to a
   * later patch version of the SDK, which all read it. It resumes only the listing that made it: the same
   * agent and session; the page size may differ. One that is not a cursor, or that another
   * kind of listing made, is refused by {@code build()}; one of another session or agent by
   * {@code list}/{@code listAll}, when called; both with an {@link IllegalArgumentException} naming
   * {@code cursor}, before any request. {@code cursor(null)} clears it, so that a loop can pass the last page's
   * {@code nextCursor().orElse(null)} as it comes.
   */
  public abstract Optional<String> cursor();

  /** The page size, 1 to {@value #MAX_LIMIT}; {@value #MAX_LIMIT} by default. */
  @Value.Default
  public int limit() {
    return MAX_LIMIT;
  }

  @Value.Check
  void check() {
    Arguments.requireNonBlank(agentId(), "agentId");
    Arguments.requireNonBlank(sessionId(), "sessionId");
    Arguments.optionalNonBlank(before().orElse(null), "before");
    Arguments.requireAtLeast(offset(), 0, "offset");
    cursor().ifPresent(c -> CursorCodec.requireKind(c, DefaultMessageService.CURSOR_KIND));
    Arguments.requireBetween(limit(), 1, MAX_LIMIT, "limit");
    Arguments.requireConsistent(before().isEmpty() || offset() == 0, TYPE, "before and offset are two server "
        + "versions' ways to page: set one, not both (before on AgentScope 2.0.4.post1 and newer, offset before "
        + "it)");
    Arguments.requireConsistent(cursor().isEmpty() || (before().isEmpty() && offset() == 0), TYPE, "cursor says "
        + "where to start, and so do " + (before().isPresent() ? "before" : "offset") + ": set one of them (a "
        + "cursor resumes a listing where one of its pages ended)");
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
   * Builds a {@link ListMessagesRequest}; {@code agentId} and {@code sessionId} are required (set both at once
   * with {@link #session(SessionRef)}). {@code null} given to {@code before} or {@code cursor} clears it, and
   * {@code offset(0)} clears the offset. {@code build()} throws {@link IllegalStateException} when an id is
   * missing, or when more than one of {@code before}, {@code offset} and {@code cursor} says where to start;
   * and {@link IllegalArgumentException} when an id or {@code before} is blank, the offset is negative, the
   * cursor is not a message cursor, or the limit is out of range. Not thread-safe.
   */
  public static final class Builder extends ImmutableListMessagesRequest.Builder {
    Builder() {}

    /**
     * The session whose messages to read: its agent and its id.
     *
     * @param session the session, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder session(SessionRef session) {
      Arguments.requireNonNull(session, "session");
      agentId(session.agentId());
      sessionId(session.sessionId());
      return this;
    }
  }
}
