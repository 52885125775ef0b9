package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.retry.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The configuration a builder resolves, the attempt a listener sees, and the builder's hooks. */
class ClientConfigTest {

  @Test
  void theConfigurationHoldsWhatTheBuilderResolvedAndHidesTheKey() {
    Executor executor = Runnable::run;
    RequestListener listener = new RequestListener() {};
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    TestClient client = TestClient.builder().baseUrl("https://api.example.test/v1/").apiKey("sk-secret-1")
        .timeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(2)).maxRetries(4).httpClient(http)
        .executor(executor).listener(listener).userAgent("billing/2").defaultHeader("X-Team", "a")
        .maxResponseBytes(1024).zone(ZoneId.of("Asia/Tokyo")).build();
    ClientConfig c = client.config;

    assertEquals(URI.create("https://api.example.test/v1"), c.baseUrl());
    assertEquals(Duration.ofSeconds(5), c.timeout());
    assertEquals(Duration.ofSeconds(2), c.connectTimeout());
    assertEquals(4, c.retryPolicy().maxRetries());
    assertSame(http, c.httpClient().orElseThrow());
    assertSame(executor, c.executor());
    assertSame(listener, c.listener());
    assertTrue(c.userAgent().startsWith("billing/2 SessionKit/"), c.userAgent());
    assertEquals(Map.of("X-Team", "a"), c.defaultHeaders());
    assertThrows(UnsupportedOperationException.class, () -> c.defaultHeaders().put("X-Other", "b"));
    assertEquals(1024, c.maxResponseBytes());
    assertEquals(ZoneId.of("Asia/Tokyo"), c.serverTimeZone());
    assertEquals(ZoneOffset.UTC, c.storageTimeZone());
    assertFalse(c.toString().contains("sk-secret-1"), c.toString());
    assertTrue(c.toString().contains("serverTimeZone=Asia/Tokyo"), c.toString());
  }

  @Test
  void withoutAnHttpClientOrExecutorTheSdkUsesItsOwn() {
    ClientConfig c = TestClient.builder().baseUrl("http://127.0.0.1:1").build().config;
    assertTrue(c.httpClient().isEmpty());
    assertSame(DefaultExecutor.shared(), c.executor());
    assertEquals(RetryPolicy.defaults().maxRetries(), c.retryPolicy().maxRetries());
  }

  @Test
  void theHooksAreInstalledOnceAndCannotBeReplaced() {
    TestClient.builder();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ClientBuilderAccess.install(new ClientBuilderAccess.Hooks() {
          @Override
          public void credentials(dev.sessionkit.core.ClientBuilder<?, ?> b, dev.sessionkit.core.Credentials c) {}

          @Override
          public void serverTimeZone(dev.sessionkit.core.ClientBuilder<?, ?> b, ZoneId z) {}

          @Override
          public void storageTimeZone(dev.sessionkit.core.ClientBuilder<?, ?> b, ZoneId z) {}

          @Override
          public ClientConfig config(dev.sessionkit.core.ClientBuilder<?, ?> b) {
            return null;
          }
        }));
    assertEquals("ClientBuilder's hooks are installed already", e.getMessage());
  }

  @Test
  void anAttemptCopiesItsHeadersAndIsEqualByValue() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    List<String> values = new ArrayList<>(List.of("gzip"));
    headers.put("Accept-Encoding", values);
    RequestInfo info = RequestInfo.of("GET", URI.create("http://127.0.0.1/runs?page_token=x"), headers, 2);
    values.add("br");
    headers.put("X-Later", List.of("1"));

    assertEquals("GET", info.method());
    assertEquals(URI.create("http://127.0.0.1/runs?page_token=x"), info.uri());
    assertEquals(Map.of("Accept-Encoding", List.of("gzip")), info.headers());
    assertEquals(2, info.attempt());
    assertEquals("GET http://127.0.0.1/runs?page_token=x (attempt 2)", info.toString());
    RequestInfo same = RequestInfo.of("GET", URI.create("http://127.0.0.1/runs?page_token=x"),
        Map.of("Accept-Encoding", List.of("gzip")), 2);
    assertEquals(same, info);
    assertEquals(same.hashCode(), info.hashCode());
    assertNotEquals(RequestInfo.of("GET", info.uri(), info.headers(), 3), info);
    assertThrows(UnsupportedOperationException.class, () -> info.headers().get("Accept-Encoding").add("x"));
    assertEquals("attempt must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> RequestInfo.of("GET", info.uri(), Map.of(), 0)).getMessage());
    assertThrows(NullPointerException.class, () -> RequestInfo.of(null, info.uri(), Map.of(), 1));
  }
}
