package dev.sessionkit.jackson3;

// readme:begin jackson3
import dev.sessionkit.timbal.runs.RunDetail;
import tools.jackson.databind.json.JsonMapper;
// readme:end jackson3

/** README, "With Jackson 3 (Spring Boot 4)": a mapper of the user's own, run on a run of the Timbal fake. */
class ReadmeSnippetTest {
  @org.junit.jupiter.api.Test
  void aMapperWithFoundModulesWritesAndReadsARunDetail() {
    try (dev.sessionkit.testkit.FakeTimbal fake = dev.sessionkit.testkit.FakeTimbal.start()) {
      dev.sessionkit.timbal.TimbalClient timbal = fake.clientBuilder().build();
      String id = timbal.runs().list(dev.sessionkit.timbal.runs.ListRunsRequest.builder().build()).items().get(0).id();
      RunDetail runDetail = timbal.runs().get(dev.sessionkit.timbal.runs.GetRunRequest.builder().runId(id).build());
      // readme:begin jackson3
      JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();  // finds SessionKitModule
      String json = mapper.writeValueAsString(runDetail);       // the JSON SessionKit's Jackson 2 mapper writes
      RunDetail back = mapper.readValue(json, RunDetail.class); // equals runDetail
      // readme:end jackson3
      org.junit.jupiter.api.Assertions.assertEquals(runDetail, back);
      org.junit.jupiter.api.Assertions.assertEquals(
          dev.sessionkit.core.internal.json.SessionKitJson.mapper().writeValueAsString(runDetail), json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
