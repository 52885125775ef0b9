package dev.sessionkit.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.internal.paging.CursorPaging;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cursor listing over real HTTP: the options of the first call ride on every page; retries lose nothing. */
class PagingOverHttpTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private AutoPager<Integer> listAll(TestClient client, RequestOptions options) {
    ApiRequest first = ApiRequest.get("items").query("filter", "x").build();
    return new LazyAutoPager<>(() -> CursorPaging.firstPage(token -> {
      ApiRequest request = first.toBuilder().setQuery("page_token", token).build();
      WithResponse<JsonNode> read = WithResponse.call(options,
          o -> client.transport.executeJson(request, o, JsonNode.class));
      List<Integer> items = new ArrayList<>();
      read.value().get("items").forEach(n -> items.add(n.asInt()));
      return new CursorPaging.Result<>(items, read.value().path("next_page_token").asText(null), read.response());
    }, new CursorCodec("test.items", first, Set.of("page_token")), null));
  }

  private void stubPages() {
    wm.stubFor(get(urlPathEqualTo("/items")).withQueryParam("page_token", absent())
        .willReturn(okJson("{\"items\":[1,2],\"next_page_token\":\"t2\"}")));
    wm.stubFor(get(urlPathEqualTo("/items")).withQueryParam("page_token", equalTo("t3"))
        .willReturn(okJson("{\"items\":[5],\"next_page_token\":null}")));
  }

  @Test
  void theOptionsOfTheFirstCallApplyToEveryPage() {
    stubPages();
    wm.stubFor(get(urlPathEqualTo("/items")).withQueryParam("page_token", equalTo("t2"))
        .willReturn(okJson("{\"items\":[3,4],\"next_page_token\":\"t3\"}")));
    TestClient client = TestClient.builder().baseUrl(wm.baseUrl()).build();
    RequestOptions options = RequestOptions.builder().header("X-Trace", "walk-1").queryParam("debug", "1").build();
    assertEquals(List.of(1, 2, 3, 4, 5), listAll(client, options).stream().collect(Collectors.toList()));
    wm.verify(3, getRequestedFor(urlPathEqualTo("/items")).withHeader("X-Trace", equalTo("walk-1"))
        .withQueryParam("debug", equalTo("1")).withQueryParam("filter", equalTo("x")));
  }

  @Test
  void aRetryInsideAPageNeitherLosesNorRepeatsItems() {
    stubPages();
    wm.stubFor(get(urlPathEqualTo("/items")).withQueryParam("page_token", equalTo("t2")).inScenario("flaky")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/items")).withQueryParam("page_token", equalTo("t2")).inScenario("flaky")
        .whenScenarioStateIs("ok").willReturn(okJson("{\"items\":[3,4],\"next_page_token\":\"t3\"}")));
    TestClient client = TestClient.builder().baseUrl(wm.baseUrl())
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build()).build();
    assertEquals(List.of(1, 2, 3, 4, 5), listAll(client, RequestOptions.none()).stream().collect(Collectors.toList()));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/items")).withQueryParam("page_token", equalTo("t2")));
    assertEquals(1, sleeper.sleeps().size());
  }
}
