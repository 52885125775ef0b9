package dev.sessionkit.core.internal.http;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;

/** One sent request whose response headers have arrived; its body is still to be read. */
final class Exchange {
  final HttpResponse<InputStream> response;
  final String method;
  final URI uri;

  Exchange(HttpResponse<InputStream> response, String method, URI uri) {
    this.response = response;
    this.method = method;
    this.uri = uri;
  }

  /** The call as messages name it (see {@link Failures#describe}). */
  String describe() {
    return Failures.describe(method, uri);
  }
}
