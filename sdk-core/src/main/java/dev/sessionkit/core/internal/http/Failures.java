package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.errors.SessionKitException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** Words and clean-up shared by every stage's failures, so that all messages name a call the same way. */
final class Failures {
  private Failures() {}

  /** The call as a message names it: the path only, since query values can be user ids. */
  static String describe(String method, URI uri) {
    return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }

  /** An I/O exception's message, or its type when it has none (a bare {@code EOFException}). */
  static String ioMessage(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * The failure of a call whose thread was interrupted: its future was cancelled, or a blocking caller
   * was interrupted. Never retried: it is not a connection or API failure.
   *
   * @param doing what the call was doing, to finish "interrupted while …" ({@code "sending GET https://…"})
   */
  static SessionKitException interrupted(String doing, Throwable cause) {
    return new SessionKitException("interrupted while " + doing, cause);
  }

  /** Whether the current thread has been asked to stop: the call's future was cancelled, say. */
  static boolean stopRequested() {
    return Thread.currentThread().isInterrupted();
  }

  static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to do: the exchange is over either way
    }
  }
}
