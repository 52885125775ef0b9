package dev.sessionkit.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.testing.LogCapture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures everything SessionKit logs, DEBUG included, while a test class runs, and fails the class if a
 * secret of {@link Clients} appears in any line. Every test class of this module uses it, so the whole
 * suite (faults, retries, redirects, errors) is checked.
 */
final class SecretsNeverLogged implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SecretsNeverLogged.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("capture", new LogCapture());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try (LogCapture capture = context.getStore(NS).remove("capture", LogCapture.class)) {
      String logged = capture.text();
      // The capture must have seen the SDK's debug lines, or the check below proves nothing.
      assertTrue(logged.contains("-->"), "no DEBUG request line was captured");
      assertNoSecret(logged, "the log of " + context.getDisplayName());
    }
  }

  /**
   * Fails if {@code text} contains a secret of {@link Clients}.
   *
   * @param text what to check
   * @param where what the text is, for the failure message
   */
  static void assertNoSecret(String text, String where) {
    for (String secret : Clients.secrets()) {
      assertFalse(text.contains(secret), () -> where + " contains a secret");
    }
  }
}
