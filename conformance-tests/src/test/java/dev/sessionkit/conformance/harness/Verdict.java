package dev.sessionkit.conformance.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sessionkit.conformance.openapi.Operation;
import dev.sessionkit.conformance.openapi.PathTemplate;
import dev.sessionkit.conformance.openapi.VendorDocument;
import dev.sessionkit.conformance.openapi.Violation;
import dev.sessionkit.conformance.wire.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs an {@link Endpoint}'s scenario on a fresh rig and judges the exchanges of its operation: only those,
 * so that a scenario's set-up calls are judged by their own entries. A scenario that never reaches its
 * operation fails too: a check that checks nothing must not pass.
 */
public final class Verdict {
  private Verdict() {}

  /**
   * Fails with every distinct violation of the requests the SDK sent for the endpoint.
   *
   * @param rigs starts a rig
   * @param endpoint the entry
   * @param <R> the rig type
   */
  public static <R extends Rig> void requestsConform(Supplier<R> rigs, Endpoint<R> endpoint) {
    judge(rigs, endpoint, "request", (rig, exchange) -> rig.validator().request(exchange));
  }

  /**
   * Fails with every distinct violation of the responses the fake sent for the endpoint.
   *
   * @param rigs starts a rig
   * @param endpoint the entry
   * @param <R> the rig type
   */
  public static <R extends Rig> void responsesConform(Supplier<R> rigs, Endpoint<R> endpoint) {
    judge(rigs, endpoint, "response", (rig, exchange) -> rig.validator().response(exchange));
  }

  /**
   * Fails unless the entries cover every operation of the document, and name no operation it lacks.
   *
   * @param document the document's path under vendor-data
   * @param endpoints the vendor's entries
   * @param <R> the rig type
   */
  public static <R> void coversEveryOperation(String document, List<Endpoint<R>> endpoints) {
    TreeSet<String> documented = new TreeSet<>();
    VendorDocument.load(document).operations().forEach(op -> documented.add(op.method() + " " + op.path()));
    TreeSet<String> covered = new TreeSet<>();
    endpoints.forEach(e -> covered.add(e.method() + " " + e.path()));
    assertEquals(documented, covered,
        "operations of " + document + " (expected) against the entries of the coverage table (actual)");
  }

  private static <R extends Rig> void judge(Supplier<R> rigs, Endpoint<R> endpoint, String what,
      BiFunction<R, Exchange, List<Violation>> check) {
    try (R rig = rigs.get()) {
      endpoint.calls().accept(rig);
      List<Exchange> mine = rig.exchanges().stream().filter(e -> isFor(rig, endpoint, e)).toList();
      if (mine.isEmpty()) {
        fail("the scenario made no " + endpoint.method() + " " + endpoint.path() + " request; it made "
            + rig.exchanges());
      }
      // One line per distinct fault: array indices and the values seen are folded, the first example kept.
      Map<String, String> first = new LinkedHashMap<>();
      Map<String, Integer> count = new LinkedHashMap<>();
      for (Exchange e : mine) {
        for (Violation v : check.apply(rig, e)) {
          String key = fold(v);
          first.putIfAbsent(key, v.toString());
          count.merge(key, 1, Integer::sum);
        }
      }
      if (!first.isEmpty()) {
        List<String> lines = new ArrayList<>();
        first.forEach((key, example) -> lines.add(example + (count.get(key) > 1 ? " (x" + count.get(key) + ")" : "")));
        fail(lines.size() + " " + what + " violation(s) of " + rig.validator().document().name() + " in "
            + mine.size() + " exchange(s) of " + endpoint + ":\n  " + String.join("\n  ", lines));
      }
    }
  }

  private static String fold(Violation v) {
    String part = v.part().replaceAll("/\\d+(?=/|$)", "/*").replaceAll(" (to )?(GET|POST|PATCH|DELETE|PUT) \\S+", "");
    String detail = v.detail().replaceAll(" \\(was .*\\)$", "");
    return part + "|" + v.rule() + "|" + detail;
  }

  /** By the document's operation where it has one; by the entry's own template where it does not. */
  private static boolean isFor(Rig rig, Endpoint<?> endpoint, Exchange exchange) {
    Optional<Operation> op = rig.validator().operationOf(exchange);
    if (op.isPresent()) {
      return op.get().method().equals(endpoint.method()) && op.get().path().equals(endpoint.path());
    }
    return exchange.method().equals(endpoint.method())
        && rig.validator().documentPath(exchange).flatMap(new PathTemplate(endpoint.path())::match).isPresent();
  }
}
