package dev.sessionkit.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps {@code METHOD /path/{param}} patterns to handlers. Each pattern segment matches one raw path segment,
 * decoded after the split, so an id holding {@code %2F} stays one segment. Not thread-safe while routes are
 * added; read-only afterwards.
 */
public final class Router {
  /** Handles one matched request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Answers the request.
     *
     * @throws HttpError to answer with an error
     */
    Response handle(Request request);
  }

  /** Runs after a route matched and before its handler (auth, identity headers); throws to refuse. */
  @FunctionalInterface
  public interface Guard {
    /**
     * Checks the request.
     *
     * @throws HttpError to refuse it
     */
    void check(Request request);
  }

  private record Route(String method, String[] segments, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();
  private final ErrorStyle errors;
  private final boolean redirectSlashes;

  /**
   * @param errors the vendor's error shape, for 404 and 405
   * @param redirectSlashes answer a path that matches only with (or without) a trailing slash with a 307 to the
   *     other spelling, as FastAPI does
   */
  public Router(ErrorStyle errors, boolean redirectSlashes) {
    this.errors = errors;
    this.redirectSlashes = redirectSlashes;
  }

  /**
   * Adds a route.
   *
   * @param method upper-case method
   * @param pattern a path such as {@code /orgs/{org}/runs/{run}}; a trailing slash is significant
   * @param handler what answers it
   * @return this router
   */
  public Router route(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern.split("/", -1), handler));
    return this;
  }

  /**
   * Finds the route, runs the guard, then the handler.
   *
   * @throws HttpError for an unknown path (404), a known path with another method (405), a guard's refusal
   *     or the handler's own error
   */
  public Response dispatch(Request request, Guard guard) {
    String[] segments = request.rawPath().split("/", -1);
    boolean pathKnown = false;
    for (Route route : routes) {
      Map<String, String> params = match(route.segments, segments);
      if (params == null) {
        continue;
      }
      pathKnown = true;
      if (route.method.equals(request.method())) {
        Request matched = request.withPathParams(params);
        guard.check(matched);
        return route.handler.handle(matched);
      }
    }
    if (pathKnown) {
      throw new HttpError(errors.error(405, "Method Not Allowed").header("Allow", allowed(segments)));
    }
    String other = otherSpelling(request.rawPath());
    if (redirectSlashes && other != null && knows(other)) {
      String location = other + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
      String host = request.header("host");
      throw new HttpError(Response.empty(307).header("Location", host == null ? location : "http://" + host + location));
    }
    throw errors.fail(404, "Not Found");
  }

  private boolean knows(String path) {
    String[] segments = path.split("/", -1);
    return routes.stream().anyMatch(r -> match(r.segments, segments) != null);
  }

  private String allowed(String[] segments) {
    List<String> methods = new ArrayList<>();
    for (Route r : routes) {
      if (match(r.segments, segments) != null && !methods.contains(r.method)) {
        methods.add(r.method);
      }
    }
    return String.join(", ", methods);
  }

  private static String otherSpelling(String path) {
    if (path.length() > 1 && path.endsWith("/")) {
      return path.substring(0, path.length() - 1);
    }
    return path.endsWith("/") ? null : path + "/";
  }

  private static Map<String, String> match(String[] pattern, String[] segments) {
    if (pattern.length != segments.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String p = pattern[i];
      if (p.startsWith("{") && p.endsWith("}")) {
        if (segments[i].isEmpty()) {
          return null;
        }
        params.put(p.substring(1, p.length() - 1), decode(segments[i]));
      } else if (!p.equals(segments[i])) {
        return null;
      }
    }
    return params;
  }

  private static String decode(String segment) {
    try {
      // A path segment keeps '+' as itself (only the query uses '+' for a space).
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}
