package dev.sessionkit.testkit;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands started fakes, and clients built against them, to tests, and closes the fakes
 * afterwards. Immutable: the configuring methods return a new extension.
 *
 * <pre>{@code
 * @ExtendWith(SessionKitFakes.class)
 * class ReportTest {
 *   @Test void costs(FakeTimbal timbal, TimbalClient client) { … }      // a fresh fake, and a client of it
 * }
 *
 * class PagingTest {
 *   @RegisterExtension
 *   static SessionKitFakes fakes = new SessionKitFakes()
 *       .timbal(b -> b.seed(7).runs(500))
 *       .timbalClient(b -> b.maxRetries(0))
 *       .perClass();                                                    // one fake for the whole class
 *   @Test void walksAllPages(TimbalClient client, FakeTimbal timbal) { … }
 * }
 * }</pre>
 *
 * <p>Parameters of the types {@link FakeTimbal}, {@link FakeSyntropic}, {@link FakeAgentScope},
 * {@link TimbalClient}, {@link SyntropicClient} and {@link AgentsClient} are resolved. A client is made by its
 * fake's {@code clientBuilder()} (base URL and credentials; Timbal's org and project as request defaults;
 * AgentScope's first user and server zone), then by the extension's client configuration, and talks to the
 * very fake that a parameter of the fake's type gets in the same test. Like every client of a fake's
 * {@code clientBuilder()}, it does not sleep between retries: it records each wait in the fake's
 * {@link FakeServer#sleeps()} and retries at once ({@code .timbal(b -> b.realSleeps(true))} makes it sleep).
 * A {@code retryPolicy} given in the client configuration replaces that, sleeper and all; {@code maxRetries}
 * keeps it.
 *
 * <p>A fake or client requested by a test method (or its {@code @BeforeEach}/{@code @AfterEach}) lives for that
 * test; one requested by a constructor or {@code @BeforeAll}, or by any method when {@link #perClass()} is set,
 * lives for the test class, and every test of the class gets that same one. Each fake is closed once, when its
 * scope ends, on every JUnit 5 version: JUnit 5.13 and later close what the extension stores as an
 * {@code AutoCloseable}, earlier versions (Spring Boot 3.5 manages 5.12) as a {@code Store.CloseableResource}.
 */
public final class SessionKitFakes implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SessionKitFakes.class);

  /**
   * What this extension can inject, and how each is made. A client resolves by fetching its fake through
   * {@link #fake} (same store, same scope) and building the client from the fake's {@code clientBuilder()}.
   */
  private final Map<Class<?>, Function<ExtensionContext, Object>> resolvers = Map.of(
      FakeTimbal.class, ctx -> fake(FakeTimbal.class, ctx),
      FakeSyntropic.class, ctx -> fake(FakeSyntropic.class, ctx),
      FakeAgentScope.class, ctx -> fake(FakeAgentScope.class, ctx),
      TimbalClient.class, this::timbalClient,
      SyntropicClient.class, this::syntropicClient,
      AgentsClient.class, this::agentsClient);

  /** Every setting, so that each configuring method copies all but the one it changes. */
  private record Settings(Consumer<FakeTimbal.Builder> timbal, Consumer<FakeSyntropic.Builder> syntropic,
      Consumer<FakeAgentScope.Builder> agentScope, Consumer<TimbalClient.Builder> timbalClient,
      Consumer<SyntropicClient.Builder> syntropicClient, Consumer<AgentsClient.Builder> agentsClient,
      boolean perClass) {}

  private final Settings settings;

  /** An extension that starts every fake and client with its defaults, one per test (what {@code @ExtendWith} uses). */
  public SessionKitFakes() {
    this(new Settings(b -> { }, b -> { }, b -> { }, b -> { }, b -> { }, b -> { }, false));
  }

  private SessionKitFakes(Settings settings) {
    this.settings = settings;
  }

  /**
   * The same extension, configuring each {@link FakeTimbal} with {@code config} before it starts.
   *
   * @param config called with the builder of each fake, not null
   * @return a new extension
   */
  public SessionKitFakes timbal(Consumer<FakeTimbal.Builder> config) {
    Objects.requireNonNull(config, "config");
    Settings s = settings;
    return new SessionKitFakes(new Settings(config, s.syntropic, s.agentScope, s.timbalClient, s.syntropicClient,
        s.agentsClient, s.perClass));
  }

  /**
   * The same extension, configuring each {@link FakeSyntropic} with {@code config} before it starts.
   *
   * @param config called with the builder of each fake, not null
   * @return a new extension
   */
  public SessionKitFakes syntropic(Consumer<FakeSyntropic.Builder> config) {
    Objects.requireNonNull(config, "config");
    Settings s = settings;
    return new SessionKitFakes(new Settings(s.timbal, config, s.agentScope, s.timbalClient, s.syntropicClient,
        s.agentsClient, s.perClass));
  }

  /**
   * The same extension, configuring each {@link FakeAgentScope} with {@code config} before it starts.
   *
   * @param config called with the builder of each fake, not null
   * @return a new extension
   */
  public SessionKitFakes agentScope(Consumer<FakeAgentScope.Builder> config) {
    Objects.requireNonNull(config, "config");
    Settings s = settings;
    return new SessionKitFakes(new Settings(s.timbal, s.syntropic, config, s.timbalClient, s.syntropicClient,
        s.agentsClient, s.perClass));
  }

  /**
   * The same extension, configuring each injected {@link TimbalClient} with {@code config} after
   * {@link FakeTimbal#clientBuilder()} has set the fake's address, key, org and project.
   *
   * @param config called with the builder of each client, not null
   * @return a new extension
   */
  public SessionKitFakes timbalClient(Consumer<TimbalClient.Builder> config) {
    Objects.requireNonNull(config, "config");
    Settings s = settings;
    return new SessionKitFakes(new Settings(s.timbal, s.syntropic, s.agentScope, config, s.syntropicClient,
        s.agentsClient, s.perClass));
  }

  /**
   * The same extension, configuring each injected {@link SyntropicClient} with {@code config} after
   * {@link FakeSyntropic#clientBuilder()} has set the fake's address and credentials.
   *
   * @param config called with the builder of each client, not null
   * @return a new extension
   */
  public SessionKitFakes syntropicClient(Consumer<SyntropicClient.Builder> config) {
    Objects.requireNonNull(config, "config");
    Settings s = settings;
    return new SessionKitFakes(new Settings(s.timbal, s.syntropic, s.agentScope, s.timbalClient, config,
        s.agentsClient, s.perClass));
  }

  /**
   * The same extension, configuring each injected {@link AgentsClient} with {@code config} after
   * {@link FakeAgentScope#clientBuilder()} has set the fake's address, first user and server zone.
   *
   * @param config called with the builder of each client, not null
   * @return a new extension
   */
  public SessionKitFakes agentsClient(Consumer<AgentsClient.Builder> config) {
    Objects.requireNonNull(config, "config");
    Settings s = settings;
    return new SessionKitFakes(new Settings(s.timbal, s.syntropic, s.agentScope, s.timbalClient, s.syntropicClient,
        config, s.perClass));
  }

  /**
   * The same extension, sharing one fake (and one client) of each kind across the whole test class.
   *
   * @return a new extension
   */
  public SessionKitFakes perClass() {
    Settings s = settings;
    return new SessionKitFakes(new Settings(s.timbal, s.syntropic, s.agentScope, s.timbalClient, s.syntropicClient,
        s.agentsClient, true));
  }

  /**
   * Whether the parameter is a fake or a client this extension provides.
   *
   * @param parameter the parameter to resolve
   * @param context the extension context
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return resolvers.containsKey(parameter.getParameter().getType());
  }

  /**
   * The started fake, or the client of it, for the parameter, from the test's or the class's scope.
   *
   * @param parameter the parameter to resolve
   * @param context the extension context
   * @throws java.io.UncheckedIOException when the fake cannot bind a port
   * @throws RuntimeException what the client configuration throws (an invalid setting)
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return resolvers.get(parameter.getParameter().getType()).apply(context);
  }

  private TimbalClient timbalClient(ExtensionContext ctx) {
    return scoped(TimbalClient.class, ctx,
        () -> configured(fake(FakeTimbal.class, ctx).clientBuilder(), settings.timbalClient).build());
  }

  private SyntropicClient syntropicClient(ExtensionContext ctx) {
    return scoped(SyntropicClient.class, ctx,
        () -> configured(fake(FakeSyntropic.class, ctx).clientBuilder(), settings.syntropicClient).build());
  }

  private AgentsClient agentsClient(ExtensionContext ctx) {
    return scoped(AgentsClient.class, ctx,
        () -> configured(fake(FakeAgentScope.class, ctx).clientBuilder(), settings.agentsClient).build());
  }

  /** The fake of this type for the context: the one already started in scope, or a new one stored there. */
  private <F extends FakeServer> F fake(Class<F> type, ExtensionContext context) {
    return type.cast(scoped(StoredFake.class, type, context, () -> new StoredFake(start(type))).fake);
  }

  /**
   * The value of this type for the context: the one already made in scope, or a new one stored there. A store
   * lookup also searches the parents: what was made for the class is reused by its tests.
   */
  private <T> T scoped(Class<T> type, ExtensionContext context, Supplier<T> make) {
    return scoped(type, type, context, make);
  }

  private <T> T scoped(Class<T> type, Object key, ExtensionContext context, Supplier<T> make) {
    ExtensionContext scope = settings.perClass || context.getTestMethod().isEmpty() ? classScope(context) : context;
    return scope.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> make.get(), type);
  }

  private static <B> B configured(B builder, Consumer<B> config) {
    config.accept(builder);
    return builder;
  }

  private static ExtensionContext classScope(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private FakeServer start(Class<? extends FakeServer> type) {
    if (type == FakeTimbal.class) {
      return configured(FakeTimbal.builder(), settings.timbal).start();
    }
    if (type == FakeSyntropic.class) {
      return configured(FakeSyntropic.builder(), settings.syntropic).start();
    }
    return configured(FakeAgentScope.builder(), settings.agentScope).start();
  }

  /**
   * A started fake as the store holds it, closed by JUnit when its scope ends. JUnit 5.13 and later close
   * {@code AutoCloseable} values; earlier versions (5.12 is Spring Boot 3.5's) close only
   * {@code CloseableResource}s, so it is both. A version that saw both would still close the fake once: the
   * first call closes it and any later one does nothing.
   */
  // CloseableResource is deprecated since JUnit 5.13 in favour of AutoCloseable, but it is the only type that
  // JUnit before 5.13 closes; -Werror would fail the build on the warning.
  @SuppressWarnings("deprecation")
  static final class StoredFake implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    final FakeServer fake;
    private final AtomicBoolean closed = new AtomicBoolean();

    StoredFake(FakeServer fake) {
      this.fake = fake;
    }

    /** Closes the fake the first time; does nothing after. */
    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        fake.close();
      }
    }
  }
}
