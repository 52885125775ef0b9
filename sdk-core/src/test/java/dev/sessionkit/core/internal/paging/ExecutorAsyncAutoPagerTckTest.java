package dev.sessionkit.core.internal.paging;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * The Reactive Streams TCK (publisher rules §1, §2 as far as a publisher is concerned, §3) against
 * {@link ExecutorAsyncAutoPager} fetching on a pool of threads, as the clients do: signals then come from
 * the pool and from the threads that call {@code request}, which is where serialisation (§1.3) can break.
 * TestNG, as the TCK is; run by the JUnit Platform's TestNG engine in the ordinary build.
 */
public class ExecutorAsyncAutoPagerTckTest extends FlowPublisherVerification<Long> {
  /**
   * How long §3.13 (a cancelled subscriber is dropped) waits for the garbage collector to clear its weak
   * reference. The TCK's 300 ms failed once while the machine ran several builds; only a failing test waits the
   * whole time.
   */
  private static final long GC_TIMEOUT_MILLIS = 5_000;

  private ExecutorService executor;

  public ExecutorAsyncAutoPagerTckTest() {
    super(TckListing.environment(), GC_TIMEOUT_MILLIS);
  }

  @BeforeClass
  public void startExecutor() {
    executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "tck-fetch");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterClass(alwaysRun = true)
  public void stopExecutor() {
    executor.shutdownNow();
  }

  /** Where the pagers under test fetch. */
  Executor fetchExecutor() {
    return executor;
  }

  @Override
  public Flow.Publisher<Long> createFlowPublisher(long elements) {
    return new ExecutorAsyncAutoPager<>(TckListing.of(elements), fetchExecutor());
  }

  /**
   * None, so the TCK skips its two "error state publisher" tests (optional_spec104 and
   * required_spec109_mayReject…). They subscribe, request nothing and wait for {@code onError}: they want a
   * publisher that knows it is broken before anyone asks. A pager learns that its listing fails only by
   * fetching a page, and it fetches only on demand (the contract of
   * {@link dev.sessionkit.core.paging.AsyncAutoPager}, checked in {@code AsyncAutoPagerTest}), so it could pass
   * them only by breaking that. A fetch that fails after demand is checked in {@code AsyncAutoPagerTest}:
   * onSubscribe first, one onError, nothing fetched after it.
   */
  @Override
  public Flow.Publisher<Long> createFailedFlowPublisher() {
    return null;
  }
}
