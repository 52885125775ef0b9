package dev.sessionkit.jackson3;

import dev.sessionkit.core.testing.ApiSurface;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's public API matches {@code api/sdk-jackson3.api}: every API change shows up in review as a diff of it. */
class ApiFileTest {
  @Test
  void thePublicApiIsTheOneCheckedIn() throws Exception {
    ApiSurface.check("sdk-jackson3", Path.of("target", "classes"));
  }
}
