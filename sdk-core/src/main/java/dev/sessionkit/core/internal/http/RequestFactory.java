package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.RequestOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link ApiRequest} and a call's options into what java.net.http sends: the URL, and for
 * each hop the headers (standard, credentials, client, request, call, in that order of precedence) and
 * the body. Immutable; thread-safe.
 */
final class RequestFactory {
  private final ClientConfig config;

  RequestFactory(ClientConfig config) {
    this.config = config;
  }

  /** The URL of the call: the base URL, the encoded path and the request's query with the call's own. */
  URI uri(ApiRequest request, RequestOptions options) {
    // A per-call parameter replaces the SDK's of the same name: servers disagree on which of two
    // values wins (FastAPI takes the last), so never send two.
    List<Map.Entry<String, String>> query = new ArrayList<>(request.query());
    query.removeIf(e -> options.queryParams().containsKey(e.getKey()));
    options.queryParams().forEach((k, v) -> query.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
    return UrlBuilder.build(config.baseUrl(), request.segments(), request.trailingSlash(), query);
  }

  /**
   * One hop's request.
   *
   * @param sendCredentials false after a redirect to another origin: then neither the credentials nor
   *     any other sensitive header ({@link HeaderValues#isSensitive}) is sent
   */
  HttpRequest build(ApiRequest request, URI uri, RequestOptions options, Duration timeout, boolean sendCredentials) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", config.userAgent());
    headers.put("Accept", "application/json");
    headers.put("Accept-Encoding", "gzip");
    Credentials credentials = config.credentials();
    if (credentials.isPresent() && sendCredentials) {
      headers.put(credentials.headerName(), credentials.headerValue().reveal());
    }
    config.defaultHeaders().forEach((k, v) -> putHeader(headers, k, v, sendCredentials));
    request.headers().forEach((k, v) -> putHeader(headers, k, v, sendCredentials));
    options.headers().forEach((k, v) -> putHeader(headers, k, v, sendCredentials));
    if (request.contentType() != null) {
      headers.put("Content-Type", request.contentType());
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    headers.forEach(b::setHeader);
    HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(request.body());
    return b.method(request.method(), body).build();
  }

  // Later headers replace earlier ones whatever the case of their names.
  private static void putHeader(Map<String, String> headers, String name, String value, boolean sendCredentials) {
    if (!sendCredentials && HeaderValues.isSensitive(name)) {
      return;
    }
    headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
    headers.put(name, value);
  }
}
