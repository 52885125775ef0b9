package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, headers, and a fixed body or a streamed one. Built by one thread, then written once. */
public final class Response {
  /** Writes a streamed body (Server-Sent Events); each flush reaches the client at once. */
  @FunctionalInterface
  public interface StreamBody {
    /**
     * Writes the body.
     *
     * @throws IOException when the client went away; the engine then closes the exchange
     * @throws InterruptedException when the fake is closing
     */
    void writeTo(OutputStream out) throws IOException, InterruptedException;
  }

  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;
  private final StreamBody stream;

  private Response(int status, String contentType, byte[] body, StreamBody stream) {
    this.status = status;
    this.body = body;
    this.stream = stream;
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
  }

  /** A JSON body with this status. */
  public static Response json(int status, JsonNode body) {
    return new Response(status, "application/json", Json.write(body), null);
  }

  /** A 200 JSON body. */
  public static Response ok(JsonNode body) {
    return json(200, body);
  }

  /** A response without a body (204, 201 with nothing to say, a redirect). */
  public static Response empty(int status) {
    return new Response(status, null, new byte[0], null);
  }

  /** A plain text body (e.g. the bare "Internal Server Error" of an unhandled Python exception). */
  public static Response text(int status, String text) {
    return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null);
  }

  /** A streamed body of unknown length, sent chunked and never compressed. */
  public static Response stream(int status, String contentType, StreamBody body) {
    return new Response(status, contentType, null, body);
  }

  /** Sets a header (replacing one of the same name) and returns this response. */
  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The headers to send, in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The fixed body, or null for a streamed one. */
  public byte[] body() {
    return body;
  }

  /** The streamed body, or null for a fixed one. */
  public StreamBody stream() {
    return stream;
  }
}
