package dev.sessionkit.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.ResponseTooLargeException;
import dev.sessionkit.core.errors.SessionKitException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads response bodies from the stream: decodes gzip, enforces the size cap, drains what the parser
 * left, and turns each way a body can fail (too large, stalled, cut off, malformed, interrupted) into its
 * exception, with the client's secret redacted. Also reads error bodies into their {@link ApiException}.
 * Immutable; thread-safe.
 */
final class ResponseBodies {
  /** Enough for any error document; a larger error body is cut, not refused. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final long maxResponseBytes;
  private final Redactor redactor;
  private final Clock clock;

  /**
   * @param clock for a {@code Retry-After} given as a date
   */
  ResponseBodies(long maxResponseBytes, Redactor redactor, Clock clock) {
    this.maxResponseBytes = maxResponseBytes;
    this.redactor = redactor;
    this.clock = clock;
  }

  /** The body, gunzipped when the server says so; uncapped (for event streams). The caller closes it. */
  InputStream decode(Exchange exchange) {
    InputStream raw = exchange.response.body();
    boolean gzip = exchange.response.headers().firstValue("content-encoding")
        .map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false);
    if (!gzip) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, 8192);
    } catch (ZipException e) {
      Failures.closeQuietly(raw);
      throw parseError(exchange, "the body is marked gzip but is not gzip data", null, e);
    } catch (IOException e) {
      Failures.closeQuietly(raw);
      throw readFailure(exchange, e);
    }
  }

  /** Reads a successful body with {@code reader}, then drains and closes it. */
  <T> T read(Exchange exchange, ResponseReader<T> reader) {
    BoundedInputStream body = null;
    try {
      body = new BoundedInputStream(decode(exchange), maxResponseBytes);
      T value = reader.read(body, exchange.response.statusCode());
      // Read to the end: Jackson stops at the closing brace and GZIPInputStream at its trailer, and
      // java.net.http drops (does not reuse) a connection whose body was not consumed.
      body.drain();
      return value;
    } catch (JsonProcessingException e) {
      // Jackson wraps what the stream threw while it read the element of a collection (a listing's items):
      // a cap, a timeout or a dropped connection there is that failure, not a malformed body.
      IOException streamFailure = streamFailure(e);
      if (streamFailure == null) {
        throw parseError(exchange, e.getOriginalMessage(), body, e);
      }
      throw readFailure(exchange, streamFailure);
    } catch (IOException e) {
      throw readFailure(exchange, e);
    } catch (SessionKitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw parseError(exchange, e.getMessage(), body, e);
    } finally {
      if (body != null) {
        Failures.closeQuietly(body);
      } else {
        Failures.closeQuietly(exchange.response.body());
      }
    }
  }

  /**
   * The exception of an error response (4xx, 5xx), with its body read (up to
   * {@value #MAX_ERROR_BODY_BYTES} bytes) and the secret redacted from it. Closes the body.
   */
  ApiException error(Exchange exchange) {
    byte[] body;
    try (InputStream in = decode(exchange)) {
      body = in.readNBytes(MAX_ERROR_BODY_BYTES);
    } catch (IOException | SessionKitException e) {
      // The status alone still makes the exception; an unreadable error body must not hide it.
      body = new byte[0];
    }
    // Servers echo bad credentials back ("invalid key sk-…"); the exception must not carry them.
    body = redactor.text(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    HttpHeaders headers = exchange.response.headers();
    return ErrorResponses.toException(exchange.method, exchange.uri.getRawPath(), exchange.response.statusCode(),
        headers.map(), body, RetryAfter.parse(headers, clock).orElse(null));
  }

  /**
   * The exception for an I/O failure of the body stream: interrupted (the call was cancelled), over the
   * cap, timed out, or the connection broke.
   */
  private SessionKitException readFailure(Exchange exchange, IOException e) {
    // Checked first: SocketTimeoutException is an InterruptedIOException too, so the type alone cannot
    // tell a cancelled call from a slow one.
    if (e instanceof InterruptedIOException && Failures.stopRequested()) {
      return Failures.interrupted("reading the response of " + exchange.describe(), e);
    }
    if (e instanceof BoundedInputStream.LimitExceeded) {
      return new ResponseTooLargeException("the response of " + exchange.describe()
          + " is larger than the " + maxResponseBytes + "-byte cap (maxResponseBytes)", maxResponseBytes);
    }
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException("request timed out while reading the response of " + exchange.describe(), e);
    }
    return new ApiConnectionException("connection failed while reading the response of " + exchange.describe()
        + ": " + Failures.ioMessage(e), e);
  }

  /** The stream's own I/O failure inside a parser exception, or null if the body itself was at fault. */
  private static IOException streamFailure(JsonProcessingException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
        return (IOException) t;
      }
    }
    return null;
  }

  private ResponseParseException parseError(Exchange exchange, String what, BoundedInputStream body,
      Throwable cause) {
    int status = exchange.response.statusCode();
    String contentType = exchange.response.headers().firstValue("content-type").orElse(null);
    String excerpt = body == null ? "" : body.excerpt();
    // The excerpt, and the parser's own message, quote the body, which may echo the credentials.
    return new ResponseParseException(redactor.text("could not read the response of " + exchange.describe()
        + " (status " + status + ", content type " + (contentType == null ? "none" : contentType) + "): " + what
        + (excerpt.isEmpty() ? "" : "; the body starts: " + excerpt)), status, contentType, cause);
  }
}
