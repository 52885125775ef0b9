package dev.sessionkit.syntropic;

import dev.sessionkit.syntropic.sessions.AsyncSessionService;
import dev.sessionkit.syntropic.sessions.SessionService;
import dev.sessionkit.core.testing.AsyncTwins;
import org.junit.jupiter.api.Test;

/**
 * The async services are hand-written twins of the blocking ones (as the other SDKs' generated ones are):
 * this keeps them method for method the same, sub-services included.
 */
class SyntropicAsyncTwinsTest {
  @Test
  void everyAsyncServiceMirrorsItsBlockingTwin() {
    AsyncTwins.assertMirrors(SessionService.class, AsyncSessionService.class);
  }
}
