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
