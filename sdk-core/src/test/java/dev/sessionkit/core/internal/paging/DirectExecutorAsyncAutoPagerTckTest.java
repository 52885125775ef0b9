package dev.sessionkit.core.internal.paging;

import java.util.concurrent.Executor;

/**
 * The Reactive Streams TCK against {@link ExecutorAsyncAutoPager} fetching on the thread that asks: a caller
 * may hand the client a direct executor. Every fetch then runs inside {@code request} or inside the drain
 * that follows a fetch, so this is where a loop {@code onNext → request → fetch → onNext} could recurse
 * without bound (§3.3) or signal from inside {@code onSubscribe} (§1.3).
 */
public class DirectExecutorAsyncAutoPagerTckTest extends ExecutorAsyncAutoPagerTckTest {
  @Override
  Executor fetchExecutor() {
    return Runnable::run;
  }
}
