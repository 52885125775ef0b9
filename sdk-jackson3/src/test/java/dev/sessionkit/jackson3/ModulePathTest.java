package dev.sessionkit.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module as a modular application sees it (run by the {@code module-path} execution only): a named module
 * whose descriptor's {@code provides} registers it, reading sdk-core's mapper through sdk-core's qualified export.
 */
class ModulePathTest {
  @Test
  void aNamedModuleIsFoundThroughItsDescriptorAndBridgesSdkCoresModelsAndTrees() throws Exception {
    assertEquals("dev.sessionkit.jackson3", SessionKitModule.class.getModule().getName());
    assertTrue(SessionUsage.class.getModule().isNamed(), "sdk-core is not on the module path");
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof SessionKitModule));

    SessionUsage usage = SessionUsage.builder().vendor(Vendor.TIMBAL).id("run-1").status("success")
        .startedAt(Instant.parse("2026-05-01T12:00:00Z")).tokens(TokenUsage.reported(10, 2, 0, 0))
        .costUsd(new BigDecimal("0.0100")).build();
    JsonNode extra = SessionKitJson.mapper().readTree("{\"tags\":[\"a\",1.50]}");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("usage", usage);
    body.put("extra", extra);

    String json = mapper.writeValueAsString(body);
    assertEquals("{\"usage\":" + SessionKitJson.mapper().writeValueAsString(usage) + ",\"extra\":"
        + SessionKitJson.mapper().writeValueAsString(extra) + "}", json);
    assertEquals(usage, mapper.readValue(SessionKitJson.mapper().writeValueAsString(usage), SessionUsage.class));
    assertEquals(extra, mapper.readValue("{\"tags\":[\"a\",1.50]}", JsonNode.class));
  }
}
