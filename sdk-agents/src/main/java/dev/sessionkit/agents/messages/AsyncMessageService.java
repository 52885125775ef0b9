package dev.sessionkit.agents.messages;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AsyncAutoPager;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link MessageService}: calls run on the client's executor and their futures
 * complete with the result or fail with the {@link dev.sessionkit.core.errors.SessionKitException} the
 * blocking call would throw. Thread-safe.
 */
public interface AsyncMessageService {
  /**
   * @param request which messages, not null
   * @return the page; its {@code nextPage()} blocks
   * @see MessageService#list(ListMessagesRequest)
   */
  default CompletableFuture<MessagePage> list(ListMessagesRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * @param request which messages, not null
   * @param options the call's options, not null
   * @return the page; its {@code nextPage()} blocks
   * @see MessageService#list(ListMessagesRequest, RequestOptions)
   */
  CompletableFuture<MessagePage> list(ListMessagesRequest request, RequestOptions options);

  /**
   * @param request where to start and the page size, not null
   * @return a publisher that fetches pages on the client's executor as demand needs them
   * @see MessageService#listAll(ListMessagesRequest)
   */
  default AsyncAutoPager<Message> listAll(ListMessagesRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * @param request where to start and the page size, not null
   * @param options the options of every page's request, not null
   * @return a publisher that fetches pages on the client's executor as demand needs them
   * @see MessageService#listAll(ListMessagesRequest, RequestOptions)
   */
  AsyncAutoPager<Message> listAll(ListMessagesRequest request, RequestOptions options);
}
