package dev.sessionkit.timbal.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import dev.sessionkit.timbal.testing.TimbalWireMock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A body of JSON null: an error where an object is documented, "none" for the bare-array listing. */
class NullBodyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TimbalClient client = TimbalWireMock.client(wm, new RecordingSleeper());

  @Test
  void aNullRunIsAParseErrorNotANullResult() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/support-bot/runs/r1")).willReturn(okJson("null")));
    ResponseParseException e = assertThrows(ResponseParseException.class,
        () -> client.runs().get(GetRunRequest.builder().runId("r1").build()));
    assertTrue(e.getMessage().contains("the body is JSON null where a RunDetail was expected"), e.getMessage());
  }

  @Test
  void aNullRunsPageIsAParseErrorNotANullPointerException() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/support-bot/runs")).willReturn(okJson("null")));
    assertThrows(ResponseParseException.class, () -> client.runs().list(ListRunsRequest.builder().build()));
  }

  @Test
  void aNullElementOfTheComposeListingIsAParseError() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/support-bot/compose/sessions")).willReturn(okJson("[null]")));
    ResponseParseException e = assertThrows(ResponseParseException.class,
        () -> client.composeSessions().list(ListComposeSessionsRequest.builder().build()));
    assertTrue(e.getMessage().contains("the body's list has a null element"), e.getMessage());
  }

  @Test
  void aNullComposeListingMeansNoSessions() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/support-bot/compose/sessions")).willReturn(okJson("null")));
    assertEquals(List.of(), client.composeSessions().list(ListComposeSessionsRequest.builder().build()));
  }
}
