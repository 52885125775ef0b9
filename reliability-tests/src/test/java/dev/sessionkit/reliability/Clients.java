package dev.sessionkit.reliability;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.ClientBuilder;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client per vendor, pointed at one local server under a path prefix per vendor ({@code /timbal},
 * {@code /syn/api/v1}, {@code /agents}), so that one server can play all three. Retries wait on a
 * {@link RecordingSleeper}, never on the clock.
 */
final class Clients {
  /** Timbal's API key (a bearer token). */
  static final String TIMBAL_KEY = "sk-timbal-live-7Qz9wX2vB8nR4tY6";
  /** The bearer token of Syntropic's gateway. */
  static final String SYN_TOKEN = "syn-gw-token-3Fh8Kp1Lm5Nq";
  /** The basic-auth user of Syntropic's gateway. */
  static final String SYN_USER = "syn-admin";
  /** The basic-auth password of Syntropic's gateway. */
  static final String SYN_PASSWORD = "hunter2-Zx9pW4qLk";
  /** AgentScope's caller identity ({@code x-user-id}). */
  static final String AGENTS_USER = "alice@acme.example";
  /** Timbal's org and project, the client's defaults. */
  static final String ORG = "acme";
  static final String PROJECT = "support-bot";

  final TimbalClient timbal;
  final SyntropicClient syntropic;
  final AgentsClient agents;
  final RecordingSleeper sleeper;

  private Clients(TimbalClient timbal, SyntropicClient syntropic, AgentsClient agents, RecordingSleeper sleeper) {
    this.timbal = timbal;
    this.syntropic = syntropic;
    this.agents = agents;
    this.sleeper = sleeper;
  }

  /**
   * Every secret the clients hold, in every form it could leak in: the values and the basic-auth token.
   *
   * @return the secrets
   */
  static List<String> secrets() {
    String basic = Base64.getEncoder()
        .encodeToString((SYN_USER + ":" + SYN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return List.of(TIMBAL_KEY, SYN_TOKEN, SYN_PASSWORD, basic);
  }

  /**
   * Clients for {@code origin} with the SDK's defaults, but a recording sleeper.
   *
   * @param origin {@code http://127.0.0.1:port}
   * @return the clients
   */
  static Clients at(String origin) {
    return at(origin, b -> { });
  }

  /**
   * Clients for {@code origin}, each builder also given {@code settings}.
   *
   * @param origin {@code http://127.0.0.1:port}
   * @param settings applied to each of the three builders (timeouts, caps, retries)
   * @return the clients
   */
  static Clients at(String origin, Consumer<ClientBuilder<?, ?>> settings) {
    RecordingSleeper sleeper = new RecordingSleeper();
    RetryPolicy retries = RetryPolicy.builder().sleeper(sleeper).build();
    TimbalClient.Builder timbal = TimbalClient.builder().baseUrl(origin + "/timbal").apiKey(TIMBAL_KEY)
        .orgId(ORG).projectId(PROJECT).retryPolicy(retries);
    SyntropicClient.Builder syntropic = SyntropicClient.builder().baseUrl(origin + "/syn/api/v1")
        .bearerToken(SYN_TOKEN).retryPolicy(retries);
    AgentsClient.Builder agents = AgentsClient.builder().baseUrl(origin + "/agents").userId(AGENTS_USER)
        .retryPolicy(retries);
    settings.accept(timbal);
    settings.accept(syntropic);
    settings.accept(agents);
    return new Clients(timbal.build(), syntropic.build(), agents.build(), sleeper);
  }

  /**
   * A Syntropic client for {@code origin} that authenticates with basic auth.
   *
   * @param origin {@code http://127.0.0.1:port}
   * @return the client
   */
  static SyntropicClient syntropicWithBasicAuth(String origin) {
    return SyntropicClient.builder().baseUrl(origin + "/syn/api/v1").basicAuth(SYN_USER, SYN_PASSWORD)
        .retryPolicy(RetryPolicy.builder().sleeper(new RecordingSleeper()).build()).build();
  }

  /**
   * A retry policy that sleeps on {@code sleeper}.
   *
   * @param sleeper the sleeper
   * @return the policy
   */
  static RetryPolicy retries(RecordingSleeper sleeper) {
    return RetryPolicy.builder().sleeper(sleeper).build();
  }

  /** The sleeps the retries asked for. */
  List<Duration> sleeps() {
    return sleeper.sleeps();
  }
}
