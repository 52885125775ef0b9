package dev.sessionkit.core.paging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Every item of a listing, delivered asynchronously on the client's executor.
 *
 * <p>As a {@link Flow.Publisher} it honours demand: no page is fetched before the subscriber has asked
 * for items beyond those already fetched, and cancelling stops fetching. Each subscription walks the
 * listing from its first page (or from the request's cursor, where it has one).
 *
 * <p>Cancelling (the subscription, or the future of {@link #forEach}) stops fetching: no page is
 * requested after it. A page whose request is already in flight is finished, not interrupted, and its
 * items are dropped. Each page is fetched as one task on the client's executor (see
 * {@code ClientBuilder.executor}); when the default pool is saturated, the fetch waits in its queue.
 *
 * <pre>{@code
 * timbal.async().runs().listAll(request)
 *     .forEach(run -> totals.add(run.costUsd()))
 *     .join();
 * }</pre>
 *
 * @param <T> the item type
 */
public interface AsyncAutoPager<T> extends Flow.Publisher<T> {

  /**
   * Passes every item to {@code action}, in order, one at a time.
   *
   * @param action called for each item; if it throws, the listing stops and the future fails with it
   * @return completes when the last item has been handled, or fails with the first error
   */
  CompletableFuture<Void> forEach(Consumer<? super T> action);
}
