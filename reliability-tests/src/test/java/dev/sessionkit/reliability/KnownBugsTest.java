package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.errors.ResponseParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bugs the reliability tests found in the SDK modules, each fixed in its module since and kept here as a
 * regression test. A new bug found here gets a test in this class, disabled with the bug it shows until its
 * module is fixed.
 */
@ExtendWith(SecretsNeverLogged.class)
class KnownBugsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Found here, fixed in sdk-core since ({@code TokenUsage.reported()}); kept as a regression test. */
  @Test
  void aNegativeTokenCountDoesNotMakeToSessionUsageThrow() {
    for (Endpoint e : new Endpoint[] {Endpoints.TIMBAL_COMPOSE_GET, Endpoints.SYN_GET}) {
      wm.stubFor(e.stub().willReturn(okJson(e.body().replace("\"cache_creation_tokens\": 4096",
          "\"cache_creation_tokens\": -1").replace("\"cache_creation_tokens\": 18432", "\"cache_creation_tokens\": -1"))));
      Object parsed = e.invoke(Clients.at(wm.baseUrl()));
      Exercise.everything(parsed);
    }
  }

  /** Found here, fixed in sdk-core since (a null list element is a parse error); kept as a regression test. */
  @Test
  void aNullItemInAPageIsAResponseParseExceptionNotANullPointerException() {
    for (Endpoint e : new Endpoint[] {Endpoints.TIMBAL_RUNS_LIST, Endpoints.TIMBAL_REACTIONS_LIST,
        Endpoints.AGENTS_MESSAGES, Endpoints.SYN_LIST}) {
      wm.stubFor(e.stub().willReturn(okJson(e.body().replaceFirst("\\[\\s*\\{", "[null, {"))));
      assertThrows(ResponseParseException.class, () -> e.invoke(Clients.at(wm.baseUrl())), e.name());
    }
  }

  /**
   * Found here, fixed in sdk-core since (a root-level list, Timbal's bare-array compose listing, is checked for
   * null elements like a list property); kept as a regression test.
   */
  @Test
  void aNullItemInTheComposeListingIsAResponseParseException() {
    Endpoint e = Endpoints.TIMBAL_COMPOSE_LIST;
    wm.stubFor(e.stub().willReturn(okJson("[null, " + JsonMutation.parse(e.body()).get(0) + "]")));
    assertThrows(ResponseParseException.class, () -> e.invoke(Clients.at(wm.baseUrl())));
  }

  /** Found here, fixed in sdk-core and sdk-timbal since; kept as a regression test. */
  @Test
  void aBodyOfJsonNullIsAResponseParseException() {
    for (Endpoint e : Endpoints.parsing()) {
      if (e.path().startsWith("/timbal/") && e != Endpoints.TIMBAL_COMPOSE_LIST) {
        wm.stubFor(e.stub().willReturn(okJson("null")));
        assertThrows(ResponseParseException.class,
            () -> e.invoke(Clients.at(wm.baseUrl())), e.name());
      }
    }
  }
}
