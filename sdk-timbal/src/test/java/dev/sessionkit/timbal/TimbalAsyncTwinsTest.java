package dev.sessionkit.timbal;

import dev.sessionkit.timbal.runs.AsyncRunService;
import dev.sessionkit.timbal.runs.RunService;
import dev.sessionkit.timbal.sessions.AsyncComposeSessionService;
import dev.sessionkit.timbal.sessions.ComposeSessionService;
import dev.sessionkit.core.testing.AsyncTwins;
import org.junit.jupiter.api.Test;

/**
 * The async services are hand-written twins of the blocking ones (as the other SDKs' generated ones are):
 * this keeps them method for method the same, sub-services included.
 */
class TimbalAsyncTwinsTest {
  @Test
  void everyAsyncServiceMirrorsItsBlockingTwin() {
    AsyncTwins.assertMirrors(RunService.class, AsyncRunService.class);
    AsyncTwins.assertMirrors(ComposeSessionService.class, AsyncComposeSessionService.class);
  }
}
