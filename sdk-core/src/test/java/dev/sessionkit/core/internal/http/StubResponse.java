package dev.sessionkit.core.internal.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A response with a status, headers and a body stream, for testing the stages that read one. */
final class StubResponse implements HttpResponse<InputStream> {
  static final URI URI_ = URI.create("http://127.0.0.1:9/v1/things?secret=1");

  private final int status;
  private final HttpHeaders headers;
  private final InputStream body;

  StubResponse(int status, Map<String, List<String>> headers, InputStream body) {
    this.status = status;
    this.headers = HttpHeaders.of(headers, (a, b) -> true);
    this.body = body;
  }

  static Exchange exchange(int status, Map<String, List<String>> headers, byte[] body) {
    return exchange(status, headers, new ByteArrayInputStream(body));
  }

  static Exchange exchange(int status, Map<String, List<String>> headers, InputStream body) {
    return new Exchange(new StubResponse(status, headers, body), "GET", URI_);
  }

  @Override
  public int statusCode() {
    return status;
  }

  @Override
  public HttpRequest request() {
    return HttpRequest.newBuilder(URI_).build();
  }

  @Override
  public Optional<HttpResponse<InputStream>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public InputStream body() {
    return body;
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public URI uri() {
    return URI_;
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}
