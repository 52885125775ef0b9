package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.function.Function;

/**
 * One endpoint family of one vendor, as the tests drive it: the request the client sends, a realistic
 * success response, and the public-client call that sends it and returns what the user gets (a model, a
 * list of models, the events of a stream, or {@code "done"} for a call without a body).
 *
 * @param name how the test names it
 * @param method the HTTP method on the wire
 * @param path the path on the wire, under the vendor's prefix (see {@link Clients})
 * @param status the success status
 * @param contentType the success content type
 * @param body the success body, or null for none (a 204)
 * @param call the call through the public client
 */
record Endpoint(String name, String method, String path, int status, String contentType, String body,
    Function<Clients, Object> call) {

  /** Whether the SDK may send the call again (GET and DELETE; never POST or PATCH). */
  boolean idempotent() {
    return method.equals("GET") || method.equals("DELETE");
  }

  /** Whether the response is a Server-Sent Events stream (no body deadline, read event by event). */
  boolean streaming() {
    return contentType.startsWith("text/event-stream");
  }

  /** Whether the success response has a body to parse. */
  boolean hasBody() {
    return body != null;
  }

  /** A stub matcher for this endpoint's requests. */
  MappingBuilder stub() {
    return request(method, urlPathEqualTo(path));
  }

  /** A request pattern for verifying this endpoint's requests. */
  RequestPatternBuilder requests() {
    return RequestPatternBuilder.newRequestPattern(RequestMethod.fromString(method), urlPathEqualTo(path));
  }

  /** The success response. */
  ResponseDefinitionBuilder ok() {
    return withBody(body);
  }

  /**
   * The success status and content type with another body.
   *
   * @param otherBody the body, or null for none
   * @return the response
   */
  ResponseDefinitionBuilder withBody(String otherBody) {
    ResponseDefinitionBuilder r = aResponse().withStatus(status).withHeader("Content-Type", contentType);
    return otherBody == null ? r : r.withBody(otherBody);
  }

  /**
   * Sends the call.
   *
   * @param clients the clients
   * @return what the user gets
   */
  Object invoke(Clients clients) {
    return call.apply(clients);
  }

  @Override
  public String toString() {
    return name;
  }
}
