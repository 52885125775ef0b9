package dev.sessionkit.agents.messages;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AutoPager;

/**
 * A session's messages ({@code GET /sessions/{id}/messages}), read by offset and limit. Reached through
 * {@code agents.sessions().messages()}. Thread-safe.
 *
 * <pre>{@code
 * ListMessagesRequest r = ListMessagesRequest.builder().agentId("agent-1").sessionId("s-1").build();
 * for (Msg m : agents.sessions().messages().listAll(r)) {
 *   System.out.println(m.role().map(Object::toString).orElse("?") + ": " + m.text());
 * }
 * }</pre>
 */
public interface MessagesService {
  /**
   * Reads one page of messages.
   *
   * @param request which messages, not null
   * @return the page
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
   * Every message from the request's offset on, fetched a page at a time as the iteration goes.
   *
   * @param request where to start and the page size, not null
   * @return the messages; each walk starts again from the first page
   */
  default AutoPager<Msg> listAll(ListMessagesRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every message from the request's offset on, with per-call options applied to every page.
   *
   * @param request where to start and the page size, not null
   * @param options the options of every page's request, not null
   * @return the messages; each walk starts again from the first page
   */
  AutoPager<Msg> listAll(ListMessagesRequest request, RequestOptions options);
}
