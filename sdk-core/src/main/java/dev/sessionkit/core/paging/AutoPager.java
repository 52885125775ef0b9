package dev.sessionkit.core.paging;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a listing, page after page, fetched lazily: a page is requested only when iteration
 * reaches it, and only the page in hand is held, so a listing of millions of items runs in constant
 * memory. Each {@code iterator()}, {@code stream()} or {@code pages()} walk starts again from the first
 * page.
 *
 * <pre>{@code
 * for (Run run : timbal.runs().listAll(request)) {
 *   System.out.println(run.id());
 * }
 * long failed = timbal.runs().listAll(request).stream().filter(r -> r.status().equals(RunStatus.ERROR)).count();
 * }</pre>
 *
 * <p>A long walk can be checkpointed and resumed: {@link #pages()} gives each page with its
 * {@link Page#nextCursor() cursor}; save it once the page's items are handled, and after a restart start the
 * same listing from it (the request builder's {@code cursor(…)}). The resumed walk yields exactly the items
 * after that page.
 *
 * <pre>{@code
 * ListRunsRequest request = ListRunsRequest.builder().status("error").cursor(checkpoint.load()).build();
 * for (Page<Run> page : timbal.runs().listAll(request).pages()) {
 *   export(page.items());
 *   checkpoint.save(page.nextCursor().orElse(null));   // empty after the last page
 * }
 * }</pre>
 *
 * <p>Thread-safe to share; each iterator belongs to one thread. A failed request surfaces from
 * {@code hasNext()} as a {@link dev.sessionkit.core.errors.SessionKitException}.
 *
 * @param <T> the item type
 */
public interface AutoPager<T> extends Iterable<T> {

  /**
   * The items as a sequential, lazy stream.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * The pages themselves, lazily, for callers that work a page at a time: each with its
   * {@link Page#response() response} and the {@link Page#nextCursor() cursor} to resume after it.
   *
   * @return the pages
   */
  Iterable<Page<T>> pages();
}
