package dev.sessionkit.agents;

import dev.sessionkit.agents.sessions.AsyncSessionService;

/**
 * The asynchronous calls of an {@link AgentsClient}: each returns a
 * {@link java.util.concurrent.CompletableFuture} that completes on the client's executor. Obtained from
 * {@link AgentsClient#async()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * agents.async().sessions().list(ListSessionsRequest.builder().agentId("agent-1").build())
 *     .thenAccept(list -> System.out.println(list.sessions().size() + " sessions"));
 * }</pre>
 */
public final class AsyncAgentsClient {
  private final AsyncSessionService sessions;

  AsyncAgentsClient(AsyncSessionService sessions) {
    this.sessions = sessions;
  }

  /**
   * Sessions, asynchronously.
   *
   * @return the sessions service
   */
  public AsyncSessionService sessions() {
    return sessions;
  }
}
