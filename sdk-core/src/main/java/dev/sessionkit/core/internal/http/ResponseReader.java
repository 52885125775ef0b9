package dev.sessionkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;

/** Reads a successful response's body, straight from the stream. */
@FunctionalInterface
public interface ResponseReader<T> {
  /**
   * @param body the decoded body, capped; the transport drains and closes it afterwards
   * @param statusCode the HTTP status (2xx)
   */
  T read(InputStream body, int statusCode) throws IOException;

  /** For 204 and other bodies the caller does not need. */
  static ResponseReader<Void> discarding() {
    return (body, status) -> null;
  }
}
