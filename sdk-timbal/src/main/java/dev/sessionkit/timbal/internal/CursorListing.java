package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.internal.paging.CursorPaging;
import dev.sessionkit.core.internal.paging.ExecutorAsyncAutoPager;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One cursor-paged listing (runs, reactions) in its four forms: the first page or every page, blocking or
 * on the client's executor. Each form builds the first request on the calling thread, so that a bad
 * argument (a null request or options, a missing org or project, a cursor of another listing) is thrown
 * there, before any request.
 *
 * @param <Q> the user's request
 * @param <T> the item type
 */
final class CursorListing<Q, T> {
  private final TimbalContext context;
  private final Function<Q, ApiRequest> firstRequest;
  private final Function<Q, Optional<String>> cursor;
  private final String kind;
  private final Class<? extends CursorBody<T>> bodyType;

  /**
   * @param context the client's context
   * @param firstRequest builds the request of the first page; throws on a bad argument
   * @param cursor the request's cursor, where it resumes
   * @param kind the kind of listing its cursors name ({@link CursorKinds})
   * @param bodyType the body of one page
   */
  CursorListing(TimbalContext context, Function<Q, ApiRequest> firstRequest, Function<Q, Optional<String>> cursor,
      String kind, Class<? extends CursorBody<T>> bodyType) {
    this.context = context;
    this.firstRequest = firstRequest;
    this.cursor = cursor;
    this.kind = kind;
    this.bodyType = bodyType;
  }

  Page<T> first(Q request, RequestOptions options) {
    return start(request).firstPage(options);
  }

  AutoPager<T> all(Q request, RequestOptions options) {
    Start start = start(request);
    context.requirePageable(options);
    return new LazyAutoPager<>(() -> start.firstPage(options));
  }

  CompletableFuture<Page<T>> firstAsync(Q request, RequestOptions options) {
    Start start = start(request);
    return context.sendAsync(start.first, options, (first, o) -> start.firstPage(o));
  }

  AsyncAutoPager<T> allAsync(Q request, RequestOptions options) {
    Start start = start(request);
    context.requirePageable(options);
    return new ExecutorAsyncAutoPager<>(() -> start.firstPage(options), context.executor());
  }

  /** The first request, its listing's cursors and the token a cursor resumes at, read on the calling thread. */
  private Start start(Q request) {
    ApiRequest first = firstRequest.apply(request);
    CursorCodec cursors = new CursorCodec(kind, first, Set.of("page_token"));
    return new Start(first, cursors, CursorPaging.startToken(cursors, cursor.apply(request).orElse(null)));
  }

  private final class Start {
    final ApiRequest first;
    final CursorCodec cursors;
    final String token;

    Start(ApiRequest first, CursorCodec cursors, String token) {
      this.first = first;
      this.cursors = cursors;
      this.token = token;
    }

    Page<T> firstPage(RequestOptions options) {
      return context.cursorPages(first, options, bodyType, cursors, token);
    }
  }
}
