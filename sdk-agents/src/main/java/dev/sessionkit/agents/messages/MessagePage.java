package dev.sessionkit.agents.messages;

import dev.sessionkit.core.paging.Page;
import java.util.List;

/**
 * One page of a session's messages, oldest first, and whether a run of the session was active when it was
 * read. The next page starts where this one ends; a page shorter than the limit is the last.
 */
public interface MessagePage extends Page<Msg> {
  /** The messages of this page, oldest first. */
  @Override
  List<Msg> items();

  /** Whether a run of the session was active when this page was read ({@code is_running}). */
  boolean running();

  /**
   * Fetches the next page, with the options of the first.
   *
   * @return the next page
   * @throws java.util.NoSuchElementException if this is the last page
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  @Override
  MessagePage nextPage();
}
