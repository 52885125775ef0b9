package dev.sessionkit.agents;

import dev.sessionkit.agents.sessions.AsyncSessionService;
import dev.sessionkit.agents.sessions.SessionService;
import dev.sessionkit.core.testing.AsyncTwins;
import org.junit.jupiter.api.Test;

/**
 * The async services are hand-written twins of the blocking ones (as the other SDKs' generated ones are):
 * this keeps them method for method the same, sub-services included.
 */
class AgentsAsyncTwinsTest {
  @Test
  void everyAsyncServiceMirrorsItsBlockingTwin() {
    AsyncTwins.assertMirrors(SessionService.class, AsyncSessionService.class);
  }
}
