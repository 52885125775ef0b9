package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.paging.ExecutorAsyncAutoPager;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One cursor-paged listing (runs, reactions) in its four forms: the first page or every page, blocking or
 * on the client's executor. Each form builds the first request on the calling thread, so that a bad
 * argument (a null request or options, a missing org or project) is thrown there, before any request.
 *
 * @param <Q> the user's request
 * @param <T> the item type
 */
final class CursorListing<Q, T> {
  private final TimbalContext context;
  private final Function<Q, ApiRequest> firstRequest;
  private final Class<? extends CursorBody<T>> bodyType;

  /**
   * @param context the client's context
   * @param firstRequest builds the request of the first page; throws on a bad argument
   * @param bodyType the body of one page
   */
  CursorListing(TimbalContext context, Function<Q, ApiRequest> firstRequest, Class<? extends CursorBody<T>> bodyType) {
    this.context = context;
    this.firstRequest = firstRequest;
    this.bodyType = bodyType;
  }

  Page<T> first(Q request, RequestOptions options) {
    return context.cursorPages(firstRequest.apply(request), options, bodyType);
  }

  AutoPager<T> all(Q request, RequestOptions options) {
    ApiRequest first = firstRequest.apply(request);
    context.requirePageable(options);
    return new LazyAutoPager<>(() -> context.cursorPages(first, options, bodyType));
  }

  CompletableFuture<Page<T>> firstAsync(Q request, RequestOptions options) {
    return context.sendAsync(firstRequest.apply(request), options,
        (first, o) -> context.cursorPages(first, o, bodyType));
  }

  AsyncAutoPager<T> allAsync(Q request, RequestOptions options) {
    ApiRequest first = firstRequest.apply(request);
    context.requirePageable(options);
    return new ExecutorAsyncAutoPager<>(() -> context.cursorPages(first, options, bodyType), context.executor());
  }
}
