package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.SessionKitException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The redirect policy: which statuses redirect, where to, how many times, and whether credentials may
 * follow. The client's own redirect following is off, so that this policy is the only one.
 */
final class Redirects {
  /** Fewer than browsers (20): an API that redirects more than a handful of times is misconfigured. */
  static final int MAX_REDIRECTS = 5;

  private Redirects() {}

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * Where a redirect leads.
   *
   * @param hop how many redirects this attempt followed before this one (0 for the first)
   * @throws ApiConnectionException without a Location, past {@link #MAX_REDIRECTS}, or to an invalid or
   *     non-HTTP location
   * @throws SessionKitException for a method other than GET and HEAD, which is never replayed elsewhere
   */
  static URI target(String method, URI uri, int status, Optional<String> location, int hop) {
    String where = location.orElseThrow(() -> new ApiConnectionException(
        status + " redirect without a Location header: " + Failures.describe(method, uri), null));
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new SessionKitException("the server redirected " + Failures.describe(method, uri) + " (status "
          + status + "); SessionKit does not replay a " + method + " to another location");
    }
    if (hop + 1 > MAX_REDIRECTS) {
      throw new ApiConnectionException("more than " + MAX_REDIRECTS + " redirects: "
          + Failures.describe(method, uri), null);
    }
    URI next;
    try {
      next = uri.resolve(where.trim());
    } catch (IllegalArgumentException e) {
      throw new ApiConnectionException("redirect to an invalid Location from " + Failures.describe(method, uri), e);
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ApiConnectionException("redirect to a non-HTTP location from " + Failures.describe(method, uri),
          null);
    }
    return next;
  }

  /**
   * Whether credentials may be sent to {@code to} after a redirect from {@code from}. RFC 9110 §15.4
   * leaves this to the client; like curl and browsers, credentials never follow a redirect to another
   * origin, nor from https to http.
   */
  static boolean keepsCredentials(URI from, URI to) {
    return sameOrigin(from, to) && !isDowngrade(from, to);
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static boolean isDowngrade(URI from, URI to) {
    return from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http");
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }
}
