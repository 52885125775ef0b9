package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.Secret;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.ResponseTooLargeException;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ResponseBodiesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final ResponseBodies bodies =
      new ResponseBodies(100, new Redactor(Credentials.bearer(Secret.of("sk-live-SECRET"))), CLOCK);

  private static final ResponseReader<JsonNode> JSON = (body, status) -> SessionKitJson.mapper().readTree(body);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(utf8(s));
    }
    return out.toByteArray();
  }

  /** Records whether the body was read to its end and closed. */
  private static final class Tracked extends FilterInputStream {
    boolean ended;
    boolean closed;

    Tracked(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      ended |= n < 0;
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void aGzipBodyIsDecoded() throws IOException {
    Exchange e = StubResponse.exchange(200, Map.of("Content-Encoding", List.of(" GZIP ")), gzip("{\"a\":1}"));
    assertEquals(1, bodies.read(e, JSON).get("a").asInt());
  }

  @Test
  void aBodyMarkedGzipThatIsNotIsAParseError() {
    Exchange e = StubResponse.exchange(200, Map.of("Content-Encoding", List.of("gzip")), utf8("{\"a\":1}"));
    ResponseParseException x = assertThrows(ResponseParseException.class, () -> bodies.read(e, JSON));
    assertEquals("could not read the response of GET http://127.0.0.1:9/v1/things (status 200, content type"
        + " none): the body is marked gzip but is not gzip data", x.getMessage());
  }

  @Test
  void theBodyIsReadToItsEndAndClosedEvenWhenTheReaderStopsEarly() {
    Tracked body = new Tracked(new ByteArrayInputStream(utf8("{\"a\":1}   ")));
    bodies.read(StubResponse.exchange(200, Map.of(), body), (in, status) -> in.read());
    assertTrue(body.ended);
    assertTrue(body.closed);
  }

  @Test
  void aBodyOverTheCapIsTooLarge() {
    Exchange e = StubResponse.exchange(200, Map.of(), utf8("[" + "1,".repeat(100) + "1]"));
    ResponseTooLargeException x = assertThrows(ResponseTooLargeException.class, () -> bodies.read(e, JSON));
    assertEquals("the response of GET http://127.0.0.1:9/v1/things is larger than the 100-byte cap"
        + " (maxResponseBytes)", x.getMessage());
  }

  @Test
  void aMalformedBodyIsAParseErrorWhoseExcerptHidesTheSecret() {
    Exchange e = StubResponse.exchange(200, Map.of("Content-Type", List.of("application/json")),
        utf8("{\"key\": \"sk-live-SECRET\", oops"));
    ResponseParseException x = assertThrows(ResponseParseException.class, () -> bodies.read(e, JSON));
    assertTrue(x.getMessage().contains("the body starts: {\"key\": \"****\", oops"), x.getMessage());
    assertFalse(x.getMessage().contains("sk-live-SECRET"));
    assertEquals(200, x.statusCode());
  }

  @Test
  void aConnectionThatBreaksInsideTheItemsIsAConnectionFailureNotAMalformedBody() {
    InputStream broken = new SequenceInputStream(new ByteArrayInputStream(utf8("[1,2,")), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    });
    ResponseReader<List<Integer>> list = (body, status) -> SessionKitJson.mapper().readValue(body,
        SessionKitJson.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class));
    ApiConnectionException x = assertThrows(ApiConnectionException.class,
        () -> bodies.read(StubResponse.exchange(200, Map.of(), broken), list));
    assertEquals("connection failed while reading the response of GET http://127.0.0.1:9/v1/things:"
        + " connection reset", x.getMessage());
  }

  @Test
  void anErrorBodyBecomesItsExceptionWithTheSecretRedactedAndRetryAfterRead() {
    Exchange e = StubResponse.exchange(429, Map.of("Retry-After", List.of("Wed, 01 Jan 2025 00:00:07 GMT")),
        utf8("{\"detail\":\"slow down, Bearer sk-live-SECRET\"}"));
    ApiException x = bodies.error(e);
    RateLimitException limited = assertInstanceOf(RateLimitException.class, x);
    assertEquals(Duration.ofSeconds(7), limited.retryAfter().orElseThrow());
    assertEquals("429 Too Many Requests from GET /v1/things: slow down, ****", x.getMessage());
    assertFalse(x.body().contains("sk-live-SECRET"));
  }

  @Test
  void anUnreadableErrorBodyStillGivesTheStatusException() {
    Exchange e = StubResponse.exchange(503, Map.of("Content-Encoding", List.of("gzip")), utf8("not gzip"));
    ApiException x = bodies.error(e);
    assertEquals(503, x.statusCode());
    assertEquals("", x.body());
  }
}
