package dev.sessionkit.agents.messages;

import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.Optional;

/**
 * One page of a session's messages, and whether a run of the session was active when it was read.
 *
 * <p>Its items come in the order of the walk, {@link #order()}: on current servers (AgentScope 2.0.4.post1 and
 * newer) the first page holds the latest messages, newest first, and each next page the ones before them; the
 * server sends each page oldest first, and the SDK turns it round so that a walk over all pages runs one way.
 * On older servers the first page holds the session's first messages, oldest first, and each next page the
 * ones after them.
 *
 * <p>{@link #hasNextPage()} is what the server says ({@code has_more}) on current servers. Older servers do not
 * say: there a page is taken to have a successor when it is full, and the SDK asks each next page for one
 * message more than the limit to know whether yet another follows, so a walk makes no request past the end
 * unless the first page is both full and the last.
 */
public interface MessagePage extends Page<Message> {
  /** The messages of this page, in {@link #order()}. */
  @Override
  List<Message> items();

  /** The order of {@link #items()} and of the walk these pages belong to; the server's version decides it. */
  MessageOrder order();

  /** Whether a run of the session was active when this page was read ({@code is_running}). */
  boolean running();

  /**
   * Fetches the next page (older messages on current servers, later ones on older servers), with the options
   * of the first.
   *
   * @return the next page
   * @throws java.util.NoSuchElementException if this is the last page
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails, or the server ignores the
   *     paging parameters (it sends a message of the page before again)
   */
  @Override
  MessagePage nextPage();

  /**
   * Where the listing goes on after this page, for {@link ListMessagesRequest.Builder#cursor(String)}: a
   * listing started from it with {@code list} or {@code listAll} yields exactly the messages after this page,
   * in {@link #order()}, none lost and none repeated, as {@link #nextPage()} would have, with the same checks.
   * It holds which way the walk pages (by {@code before} on current servers, by {@code offset} on older ones)
   * and where it stands, so it resumes on the server version that made it; a server of the other version
   * ends the resumed listing with a {@link dev.sessionkit.core.errors.SessionKitException} after its first
   * response.
   *
   * <p>The cursor is opaque and URL-safe, and later patch versions of the SDK read it. It resumes only the
   * listing that made it (the same agent and session; the page size may differ); any other listing refuses it
   * with an {@link IllegalArgumentException} naming {@code cursor}, before any request.
   *
   * @return the cursor; present exactly when {@link #hasNextPage()} is true
   */
  @Override
  Optional<String> nextCursor();

  /**
   * The HTTP response this page was read from (status, headers, request id), read with the options of the
   * call that made the first page.
   *
   * @return the response
   */
  @Override
  ResponseInfo response();
}
