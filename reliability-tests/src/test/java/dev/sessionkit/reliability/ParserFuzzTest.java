package dev.sessionkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of every response parser, through the public clients and a real local server:
 * the seeds' bodies with fields removed, nulled, retyped, renamed and added, and random bytes. The only
 * exceptions that may come out are {@link SessionKitException}s with a message that says what failed; a
 * model that did parse can be read whole without an exception; and unknown fields never change how the
 * known ones parse. Every property runs its drawn changes against every endpoint family, with a fixed seed.
 */
class ParserFuzzTest {
  private static LocalServer server;
  private static Clients clients;
  private static LogCapture logs;
  /** Each endpoint's seed body as a tree (an event stream as the array of its events). */
  private static final Map<Endpoint, JsonNode> SEEDS = new LinkedHashMap<>();
  /** What each endpoint's call returns for its seed body, as JSON. */
  private static final Map<Endpoint, JsonNode> BASELINES = new LinkedHashMap<>();

  @BeforeContainer
  static void start() {
    logs = new LogCapture();
    server = new LocalServer();
    clients = Clients.at(server.origin(), b -> b.maxRetries(0).timeout(Duration.ofSeconds(20)));
    for (Endpoint e : Endpoints.parsing()) {
      JsonNode seed = e.streaming() ? eventsOf(e.body()) : JsonMutation.parse(e.body());
      SEEDS.put(e, seed);
      BASELINES.put(e, SessionKitJson.mapper().valueToTree(call(e, render(e, seed))));
    }
  }

  @AfterContainer
  static void stop() {
    server.close();
    logs.close();
    SecretsNeverLogged.assertNoSecret(logs.text(), "the log of the fuzzer");
  }

  private static JsonNode eventsOf(String sse) {
    ArrayNode events = JsonNodeFactory.instance.arrayNode();
    for (String line : sse.split("\n")) {
      if (line.startsWith("data: ")) {
        events.add(JsonMutation.parse(line.substring(6)));
      }
    }
    return events;
  }

  /** The body of a tree: its JSON text, or for an event stream one {@code data:} frame per element. */
  private static byte[] render(Endpoint e, JsonNode tree) {
    if (!e.streaming()) {
      return (tree.isMissingNode() ? "" : tree.toString()).getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder sse = new StringBuilder(": connected\n\n");
    if (tree.isArray()) {
      tree.forEach(event -> sse.append("data: ").append(event).append("\n\n"));
    } else if (!tree.isMissingNode()) {
      sse.append("data: ").append(tree).append("\n\n");
    }
    return sse.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Object call(Endpoint e, byte[] body) {
    server.respond(new LocalServer.Response(e.status(), e.contentType(), body));
    return e.invoke(clients);
  }

  /**
   * Sends the body and checks the outcome: a result that can be read whole, or a SessionKitException that
   * says what failed. Anything else fails the property.
   *
   * @return the result, or null if the call failed as it may
   */
  private static Object outcome(Endpoint e, byte[] body) {
    try {
      Object result = call(e, body);
      Exercise.everything(result);
      return result;
    } catch (SessionKitException ex) {
      assertUseful(e, ex, body);
      return null;
    } catch (RuntimeException | Error ex) {
      throw new AssertionError(e + " let a raw " + ex + " escape for the body: "
          + new String(body, StandardCharsets.UTF_8), ex);
    }
  }

  private static void assertUseful(Endpoint e, SessionKitException ex, byte[] body) {
    String message = ex.getMessage();
    assertFalse(message == null || message.isBlank(), () -> e + ": an exception without a message: " + ex);
    // "…(status 200, content type …): null" would be a parse error whose cause had no message.
    assertFalse(message.contains("): null") || message.equals("null"),
        () -> e + ": a message that does not say what was wrong: " + message);
    if (ex instanceof ResponseParseException) {
      String lastSegment = e.path().substring(e.path().lastIndexOf('/', e.path().length() - 2));
      assertTrue(message.startsWith("could not read ") && message.contains(lastSegment),
          () -> e + ": a parse error that does not name the call: " + message);
    }
  }

  @Provide
  Arbitrary<List<JsonMutation>> mutations() {
    Arbitrary<JsonMutation> one = Combinators.combine(
        Arbitraries.of(JsonMutation.Kind.class), Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 1_000)).as(JsonMutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<JsonMutation>> additions() {
    Arbitrary<JsonMutation> one = Combinators.combine(Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 1_000)).as((slot, value) -> new JsonMutation(JsonMutation.Kind.ADD, slot, value));
    return one.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 200, seed = "20260501")
  void mutatedBodiesParseOrFailWithASessionKitException(@ForAll("mutations") List<JsonMutation> changes) {
    for (Endpoint e : Endpoints.parsing()) {
      outcome(e, render(e, JsonMutation.apply(SEEDS.get(e), changes)));
    }
  }

  @Property(tries = 200, seed = "20260502")
  void unknownFieldsNeverChangeHowTheKnownOnesParse(@ForAll("additions") List<JsonMutation> additions) {
    for (Endpoint e : Endpoints.parsing()) {
      Object result = outcome(e, render(e, JsonMutation.apply(SEEDS.get(e), additions)));
      if (result == null) {
        fail(e + " failed on a body with only unknown fields added: " + additions);
      }
      JsonNode parsed = SessionKitJson.mapper().valueToTree(result);
      assertEquals(BASELINES.get(e), JsonMutation.withoutUnknown(parsed), () -> e + " with " + additions);
    }
  }

  @Property(tries = 200, seed = "20260503")
  void randomBytesParseOrFailWithASessionKitException(@ForAll("bytes") byte[] body) {
    for (Endpoint e : Endpoints.parsing()) {
      outcome(e, body);
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    // Random bytes rarely look like JSON: also cut a real body short, and splice random bytes into one.
    List<byte[]> seeds = new ArrayList<>();
    Endpoints.parsing().forEach(e -> seeds.add(e.body().getBytes(StandardCharsets.UTF_8)));
    Arbitrary<byte[]> truncated = Combinators.combine(Arbitraries.of(seeds), Arbitraries.doubles().between(0, 1))
        .as((seed, cut) -> java.util.Arrays.copyOf(seed, (int) (seed.length * cut)));
    Arbitrary<byte[]> spliced = Combinators.combine(Arbitraries.of(seeds), Arbitraries.doubles().between(0, 1), random)
        .as((seed, at, noise) -> {
          int cut = (int) (seed.length * at);
          byte[] out = java.util.Arrays.copyOf(seed, seed.length + noise.length);
          System.arraycopy(noise, 0, out, cut, noise.length);
          System.arraycopy(seed, cut, out, cut + noise.length, seed.length - cut);
          return out;
        });
    return Arbitraries.oneOf(random, truncated, spliced);
  }
}
