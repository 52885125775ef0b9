package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request as the fakes' handlers see it: decoded query, lower-case headers, path parameters of the matched route. */
public final class Request {
  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Map<String, String> pathParams;

  /**
   * @param method upper-case method
   * @param rawPath the path as sent (percent-encoded)
   * @param rawQuery the query as sent, empty when none
   * @param headers header map with lower-case names
   * @param body the body bytes, empty when none
   */
  public Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    this(method, rawPath, rawQuery, QueryString.parse(rawQuery), headers, body, Map.of());
  }

  private Request(String method, String rawPath, String rawQuery, Map<String, List<String>> query,
      Map<String, List<String>> headers, byte[] body, Map<String, String> pathParams) {
    this.method = method;
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.pathParams = pathParams;
  }

  /** The same request with the path parameters of the route that matched it. */
  Request withPathParams(Map<String, String> params) {
    return new Request(method, rawPath, rawQuery, query, headers, body, Map.copyOf(params));
  }

  /** The upper-case method. */
  public String method() {
    return method;
  }

  /** The path as sent, percent-encoded. */
  public String rawPath() {
    return rawPath;
  }

  /** The query as sent, empty when none. */
  public String rawQuery() {
    return rawQuery;
  }

  /**
   * A decoded path parameter of the matched route.
   *
   * @throws IllegalArgumentException when the route has no such parameter (a bug in the fake)
   */
  public String path(String name) {
    String v = pathParams.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no path parameter " + name);
    }
    return v;
  }

  /**
   * The value of a query parameter, or null when it was not sent (an empty value is returned as ""). A name sent
   * twice gives its last value, as Starlette's {@code QueryParams} (and so FastAPI) reads a single-valued
   * parameter: {@code ?limit=10&limit=0} is a limit of 0.
   */
  public String query(String name) {
    List<String> v = query.get(name);
    return v == null ? null : v.get(v.size() - 1);
  }

  /** Whether the query names this parameter at all. */
  public boolean hasQuery(String name) {
    return query.containsKey(name);
  }

  /** The first value of a header, or null when it was not sent. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The raw body bytes (do not modify). */
  public byte[] body() {
    return body;
  }

  /**
   * The body as JSON.
   *
   * @return the parsed value, or null when the body is empty or not JSON (each vendor answers that its own way)
   */
  public JsonNode jsonBodyOrNull() {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.read(body);
    } catch (IOException e) {
      return null;
    }
  }
}
