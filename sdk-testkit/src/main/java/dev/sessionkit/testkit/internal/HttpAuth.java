package dev.sessionkit.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The {@code Authorization} header checks the fakes share: bearer tokens and HTTP basic credentials. */
public final class HttpAuth {
  private HttpAuth() {}

  /**
   * A guard that accepts a request carrying any one of the configured credentials, and every request when none
   * is configured.
   *
   * @param bearerToken the accepted bearer token, or null
   * @param basicUser the accepted basic user, or null (then basic auth is not accepted)
   * @param basicPassword the basic password (ignored without a user)
   * @param errors the vendor's error shape for the 401
   * @param message the 401 message
   */
  public static Router.Guard guard(String bearerToken, String basicUser, String basicPassword, ErrorStyle errors,
      String message) {
    List<String> accepted = new ArrayList<>();
    if (bearerToken != null) {
      accepted.add("Bearer " + bearerToken);
    }
    if (basicUser != null) {
      String pair = basicUser + ':' + (basicPassword == null ? "" : basicPassword);
      accepted.add("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    if (accepted.isEmpty()) {
      return request -> { };
    }
    String challenge = bearerToken != null ? "Bearer" : "Basic realm=\"api\"";
    return request -> {
      String given = request.header("authorization");
      if (given == null || accepted.stream().noneMatch(a -> matches(a, given.trim()))) {
        throw new HttpError(errors.error(401, message).header("WWW-Authenticate", challenge));
      }
    };
  }

  private static boolean matches(String expected, String given) {
    // The scheme is case-insensitive (RFC 9110 §11.1); the credentials are compared in constant time.
    int space = expected.indexOf(' ');
    return given.length() == expected.length()
        && given.regionMatches(true, 0, expected, 0, space)
        && MessageDigest.isEqual(expected.substring(space).getBytes(StandardCharsets.UTF_8),
            given.substring(space).getBytes(StandardCharsets.UTF_8));
  }
}
