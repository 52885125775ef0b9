package dev.sessionkit.readme;

// readme:begin read-response
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.timbal.runs.RunDetail;
// readme:end read-response

/** README, "Resume a listing, read the response": any call with its HTTP response. */
final class ReadResponse {
  /** The user's logger (SLF4J's shape), which the snippet takes from its context. */
  interface Log {
    void info(String format, Object... arguments);
  }

  private ReadResponse() {}

  static void read(dev.sessionkit.timbal.TimbalClient timbal, dev.sessionkit.timbal.runs.GetRunRequest request, Log log) {
    // readme:begin read-response
    WithResponse<RunDetail> r = WithResponse.call(o -> timbal.runs().get(request, o));
    log.info("run {} (request id {})", r.value().id(), r.response().requestId().orElse("-"));
    WithResponse.callAsync(o -> timbal.async().runs().get(request, o))
        .thenAccept(a -> log.info("run {}: HTTP {}", a.value().id(), a.response().statusCode()));
    // readme:end read-response
  }
}
