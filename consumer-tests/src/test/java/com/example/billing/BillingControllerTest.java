package com.example.billing;

// readme:begin spring-test
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.testkit.SessionKitFakes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SessionKitFakes.class)
@DirtiesContext   // the context's client talks to this class's fake, which closes with the class
class BillingControllerTest {
  static FakeTimbal timbal;

  @BeforeAll
  static void fake(FakeTimbal fake) {   // asked for by @BeforeAll: one fake for the class, closed after it
    timbal = fake;
  }

  @DynamicPropertySource
  static void sessionKit(DynamicPropertyRegistry properties) {
    // Suppliers: Spring reads them when it builds the context, after @BeforeAll has the fake.
    properties.add("sessionkit.timbal.base-url", () -> timbal.baseUrl());
    properties.add("sessionkit.timbal.api-key", () -> timbal.apiKey());
    properties.add("sessionkit.timbal.org-id", () -> timbal.orgId());
    properties.add("sessionkit.timbal.project-id", () -> timbal.projectId());
  }

  @Value("${local.server.port}")
  int port;

  @Test
  void reportsTheUsageOfEverySession() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/usage")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode usage = new ObjectMapper().readTree(response.body());
    assertEquals(200, response.statusCode());
    assertEquals(timbal.composeSessions().size(), usage.size());
    assertEquals(timbal.composeSessions().get(0).id(), usage.get(0).get("id").asText());
  }
}
// readme:end spring-test
