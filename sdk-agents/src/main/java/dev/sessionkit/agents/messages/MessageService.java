package dev.sessionkit.agents.messages;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AutoPager;

/**
 * A session's messages ({@code GET /sessions/{id}/messages}). Reached through {@code agents.sessions().messages()}.
 * Thread-safe.
 *
 * <p>Both server versions are read, told apart by their first response ({@link MessageOrder}): AgentScope
 * 2.0.4.post1 and newer page back from the latest message by {@code before} and say {@code has_more}; older
 * servers page forward from the first by {@code offset}. A walk yields every message once, in
 * {@link MessagePage#order()}: newest first on current servers, oldest first on older ones. It holds the page
 * in hand, the ids of the page before it and a bounded set of cursors. It ends with a
 * {@link dev.sessionkit.core.errors.SessionKitException} instead of repeating or dropping messages when a page
 * sends a message of the page before again (a server that ignores {@code before} or {@code offset}), when a
 * cursor comes back from an earlier page (a server that cycles through several pages), or when a cursor the
 * server knew is answered with nothing although the page before said more came (a message gone mid-walk).
 *
 * <pre>{@code
 * ListMessagesRequest r = ListMessagesRequest.builder().agentId("agent-1").sessionId("s-1").build();
 * for (Message m : agents.sessions().messages().listAll(r)) {
 *   System.out.println(m.role().map(Object::toString).orElse("?") + ": " + m.text());
 * }
 * }</pre>
 *
 * <p>A listing can be resumed where one of its pages ended: give that page's {@link MessagePage#nextCursor()}
 * to {@link ListMessagesRequest.Builder#cursor(String)}, in this process or another. A job can save the cursor
 * after each page it has handled ({@code listAll(r).pages()}) and go on from there after a crash.
 */
public interface MessageService {
  /**
   * Reads one page of messages.
   *
   * @param request which messages, not null
   * @return the page
   * @throws IllegalArgumentException if the request's cursor was made by another session's or agent's listing
   * @throws dev.sessionkit.core.errors.NotFoundException if the session or agent is not the caller's
   * @throws dev.sessionkit.core.errors.UnprocessableEntityException if the server refuses the parameters
   * @throws dev.sessionkit.core.errors.SessionKitException for any other failure
   */
  default MessagePage list(ListMessagesRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * Reads one page of messages with per-call options; the next pages use the same options.
   *
   * @param request which messages, not null
   * @param options the call's options, not null
   * @return the page
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  MessagePage list(ListMessagesRequest request, RequestOptions options);

  /**
   * Every message from where the request starts (the latest, or before {@code before}, on current servers; the
   * first, or past {@code offset}, on older ones; after the page that made {@code cursor}, on either), fetched
   * a page at a time as the iteration goes.
   *
   * @param request where to start and the page size, not null
   * @return the messages, in the order of the server's pages; each walk starts again from the first page
   * @throws IllegalArgumentException if the request's cursor was made by another session's or agent's listing
   */
  default AutoPager<Message> listAll(ListMessagesRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every message from where the request starts, with per-call options applied to every page.
   *
   * @param request where to start and the page size, not null
   * @param options the options of every page's request, not null
   * @return the messages, in the order of the server's pages; each walk starts again from the first page
   * @throws IllegalArgumentException if the options would replace {@code before}, {@code offset} or
   *     {@code limit}, or the request's cursor was made by another session's or agent's listing
   */
  AutoPager<Message> listAll(ListMessagesRequest request, RequestOptions options);
}
