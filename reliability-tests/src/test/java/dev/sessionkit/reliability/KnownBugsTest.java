package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.errors.SessionKitException;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bugs these tests found in sdk-timbal and sdk-syntropic, which another change is reworking as this is
 * written: each test of an open bug is disabled with the bug it shows, and the fuzzer steers around the same bodies
 * ({@link #hitsKnownBug}), so that the rest of the suite keeps guarding everything else. Enable them (and
 * drop the matching case of {@link #hitsKnownBug}) when the module is fixed.
 */
@ExtendWith(SecretsNeverLogged.class)
class KnownBugsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /**
   * Whether a fuzzed body hits one of the bugs below.
   *
   * @param e the endpoint
   * @param tree the body
   * @return true to leave this body out of the fuzzer until the bug is fixed
   */
  static boolean hitsKnownBug(Endpoint e, JsonNode tree) {
    if (e.path().startsWith("/timbal/") && e != Endpoints.TIMBAL_COMPOSE_LIST && tree.isNull()) {
      return true;
    }
    JsonNode items = e == Endpoints.TIMBAL_COMPOSE_LIST ? tree
        : e == Endpoints.TIMBAL_RUNS_LIST ? tree.path("runs")
        : e == Endpoints.TIMBAL_REACTIONS_LIST ? tree.path("reactions") : null;
    return items != null && items.isArray()
        && StreamSupport.stream(items.spliterator(), false).anyMatch(JsonNode::isNull);
  }

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

  @Test
  @Disabled("sdk-timbal bug: a null element in a listing ([null, {...}]) escapes as a raw NullPointerException"
      + " from List.copyOf (ComposeSessionService list, and the runs/reactions pages via RunListResponse and"
      + " ReactionListResponse items handed to the core's FetchedPage) instead of being skipped or reported as"
      + " a ResponseParseException")
  void aNullItemInAListingIsASessionKitExceptionNotANullPointerException() {
    for (Endpoint e : new Endpoint[] {Endpoints.TIMBAL_COMPOSE_LIST, Endpoints.TIMBAL_RUNS_LIST,
        Endpoints.TIMBAL_REACTIONS_LIST}) {
      JsonNode body = JsonMutation.parse(e.body());
      String withNull = body.isArray() ? "[null, " + body.get(0) + "]"
          : body.toString().replaceFirst("\\\\[\\\\{", "[null, {");
      wm.stubFor(e.stub().willReturn(okJson(withNull)));
      assertThrows(SessionKitException.class, () -> e.invoke(Clients.at(wm.baseUrl())), e.name());
    }
  }

  @Test
  @Disabled("sdk-timbal bug: a body of JSON null binds to null through TimbalContext.call (its own reader, not"
      + " the core's executeJson, which now refuses it): runs().get and composeSessions().get return null to the"
      + " user, and the runs and reactions listings fail with a raw NullPointerException on CursorBody.items()"
      + " (the compose sessions listing reads it as empty, on purpose)")
  void aBodyOfJsonNullIsAResponseParseException() {
    for (Endpoint e : Endpoints.parsing()) {
      if (e.path().startsWith("/timbal/") && e != Endpoints.TIMBAL_COMPOSE_LIST) {
        wm.stubFor(e.stub().willReturn(okJson("null")));
        assertThrows(dev.sessionkit.core.errors.ResponseParseException.class,
            () -> e.invoke(Clients.at(wm.baseUrl())), e.name());
      }
    }
  }
}
