package dev.sessionkit.reliability;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.function.Supplier;

/** WireMock stubs that answer a sequence of responses, the last one for good. */
final class Stubs {
  private Stubs() {}

  /**
   * Answers the requests that {@code request} matches with {@code responses} in order; the last response
   * answers every request after it.
   *
   * @param wm the server
   * @param request a fresh matcher per call (a {@link MappingBuilder} is mutable)
   * @param responses the responses, at least one
   */
  static void sequence(WireMockExtension wm, Supplier<MappingBuilder> request, List<ResponseDefinitionBuilder> responses) {
    String scenario = "sequence-" + System.identityHashCode(responses);
    for (int i = 0; i < responses.size(); i++) {
      ScenarioMappingBuilder m = request.get().inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i);
      if (i < responses.size() - 1) {
        m = m.willSetStateTo("step-" + (i + 1));
      }
      wm.stubFor(m.willReturn(responses.get(i)));
    }
  }
}
