package dev.sessionkit.syntropic;

import dev.sessionkit.syntropic.sessions.AsyncSessionService;

/**
 * The asynchronous face of a {@link SyntropicClient}: the same services, returning
 * {@link java.util.concurrent.CompletableFuture}s and {@link dev.sessionkit.core.paging.AsyncAutoPager}s
 * that run on the client's executor. Get it from {@link SyntropicClient#async()}. Thread-safe.
 *
 * <pre>{@code
 * syn.async().sessions().listAll(request).forEach(s -> System.out.println(s.id())).join();
 * }</pre>
 */
public final class AsyncSyntropicClient {
  private final AsyncSessionService sessions;

  AsyncSyntropicClient(AsyncSessionService sessions) {
    this.sessions = sessions;
  }

  /** The sessions, asynchronously. */
  public AsyncSessionService sessions() {
    return sessions;
  }
}
