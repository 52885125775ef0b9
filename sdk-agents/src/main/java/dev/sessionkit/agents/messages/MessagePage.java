package dev.sessionkit.agents.messages;

import dev.sessionkit.core.paging.Page;
import java.util.List;

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
public interface MessagePage extends Page<Msg> {
  /** The messages of this page, in {@link #order()}. */
  @Override
  List<Msg> items();

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
}
