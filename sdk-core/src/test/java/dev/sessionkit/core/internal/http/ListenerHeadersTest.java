package dev.sessionkit.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.retry.RetryPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RequestListener#headersToAdd}: what a listener adds goes on the wire, checked, and never breaks a call. */
class ListenerHeadersTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<RequestInfo> sent = new ArrayList<>();
  private final List<RequestInfo> asked = new ArrayList<>();

  private void callWith(Function<RequestInfo, Map<String, String>> headers) {
    callWith("thing", headers);
  }

  private void callWith(String path, Function<RequestInfo, Map<String, String>> headers) {
    wm.stubFor(get("/thing").willReturn(okJson("{}")));
    RequestListener listener = new RequestListener() {
      @Override
      public void requestSent(RequestInfo request) {
        sent.add(request);
      }

      @Override
      public Map<String, String> headersToAdd(RequestInfo request) {
        asked.add(request);
        return headers.apply(request);
      }
    };
    TestClient c = TestClient.builder().baseUrl("http://127.0.0.1:" + wm.getPort()).retryPolicy(RetryPolicy.none()).apiKey("sk-live-SECRET")
        .defaultHeader("X-Team", "core").listener(listener).build();
    c.transport.executeJson(ApiRequest.get(path).build(), RequestOptions.none(), JsonNode.class);
  }

  @Test
  void theHeadersGoOnTheWireAndTheListenerIsAskedWithTheInstanceItWasToldOf() {
    callWith(r -> Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        "tracestate", "k=v"));
    wm.verify(getRequestedFor(urlEqualTo("/thing"))
        .withHeader("traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
        .withHeader("tracestate", equalTo("k=v"))
        .withHeader("Authorization", equalTo("Bearer sk-live-SECRET"))
        .withHeader("X-Team", equalTo("core")));
    assertEquals(1, asked.size());
    assertSame(sent.get(0), asked.get(0));
    // What listeners were shown is what the client built; the added headers are not in it.
    assertEquals(Set.of("User-Agent", "Accept", "Accept-Encoding", "Authorization", "X-Team"),
        asked.get(0).headers().keySet());
  }

  @Test
  void eachRedirectHopIsAskedForItsOwnHeaders() {
    wm.stubFor(get("/old").willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(302)
        .withHeader("Location", "/thing")));
    callWith("old", r -> Map.of("X-Hop", r.uri().getPath()));
    wm.verify(getRequestedFor(urlEqualTo("/old")).withHeader("X-Hop", equalTo("/old")));
    wm.verify(getRequestedFor(urlEqualTo("/thing")).withHeader("X-Hop", equalTo("/thing")));
    assertEquals(2, asked.size());
    assertSame(sent.get(1), asked.get(1));
  }

  @Test
  void aListenerThatThrowsDoesNotBreakTheCall() {
    callWith(r -> {
      throw new IllegalStateException("listener bug");
    });
    wm.verify(getRequestedFor(urlEqualTo("/thing")).withHeader("Authorization", equalTo("Bearer sk-live-SECRET")));
  }

  @Test
  void noneIsTheDefaultAndANullMapIsNone() {
    callWith(r -> null);
    wm.verify(getRequestedFor(urlEqualTo("/thing")).withHeader("traceparent", absent()));
    assertEquals(1, asked.size());
  }

  @Test
  void unsafeHeadersAreLeftOutAndTheOthersSent() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Split", "a\r\nX-Injected: yes");
    headers.put("Bad Name", "v");
    headers.put("X-Wide", "caf\u00e9\u200b");
    headers.put("authorization", "Bearer stolen");
    headers.put("X-Api-Key", "k");
    headers.put("x-team", "other");
    headers.put("Host", "evil.example");
    headers.put("X-Null", null);
    headers.put("baggage", "user=1");
    callWith(r -> headers);
    wm.verify(getRequestedFor(urlEqualTo("/thing"))
        .withHeader("baggage", equalTo("user=1"))
        .withHeader("X-Split", absent())
        .withHeader("X-Injected", absent())
        .withHeader("X-Wide", absent())
        .withHeader("X-Api-Key", absent())
        .withHeader("X-Null", absent())
        .withHeader("Authorization", equalTo("Bearer sk-live-SECRET"))
        .withHeader("X-Team", equalTo("core"))
        .withHeader("Host", equalTo("127.0.0.1:" + wm.getPort())));
  }
}
