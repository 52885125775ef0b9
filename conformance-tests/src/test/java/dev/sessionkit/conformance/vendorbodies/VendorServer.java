package dev.sessionkit.conformance.vendorbodies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock on 127.0.0.1 serving the vendors' own bodies, byte for byte, so that the public clients read them
 * as they would read the vendor's server.
 */
final class VendorServer implements AutoCloseable {
  private final WireMockServer server =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  VendorServer() {
    server.start();
  }

  /**
   * Serves a body at a path, for any method and query.
   *
   * @param path the exact path
   * @param status the status
   * @param contentType the media type
   * @param body the body
   * @return this server
   */
  VendorServer serve(String path, int status, String contentType, String body) {
    server.stubFor(any(urlPathEqualTo(path))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
    return this;
  }

  /** {@code http://127.0.0.1:<port>}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.stop();
  }
}
