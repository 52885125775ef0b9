package dev.sessionkit.timbal;

import dev.sessionkit.timbal.runs.AsyncRunService;
import dev.sessionkit.timbal.sessions.AsyncComposeSessionService;

/**
 * The asynchronous mirror of {@link TimbalClient}: the same services, each call returning a
 * {@link java.util.concurrent.CompletableFuture} that completes on the client's executor (see
 * {@link dev.sessionkit.core.ClientBuilder#executor(java.util.concurrent.Executor)}). It shares the
 * client's connections and settings. Obtain it from {@link TimbalClient#async()}.
 *
 * <pre>{@code
 * timbal.async().runs().list(request)
 *     .thenAccept(page -> page.items().forEach(run -> System.out.println(run.id())));
 * }</pre>
 *
 * <p>Argument errors (a missing org or project) are thrown at once by the calling thread; everything
 * that happens on the wire completes the future exceptionally. Thread-safe.
 */
public final class AsyncTimbalClient {
  private final AsyncComposeSessionService composeSessions;
  private final AsyncRunService runs;

  AsyncTimbalClient(AsyncComposeSessionService composeSessions, AsyncRunService runs) {
    this.composeSessions = composeSessions;
    this.runs = runs;
  }

  /** Compose sessions, asynchronously. */
  public AsyncComposeSessionService composeSessions() {
    return composeSessions;
  }

  /** Runs, their traces and reactions, asynchronously. */
  public AsyncRunService runs() {
    return runs;
  }
}
