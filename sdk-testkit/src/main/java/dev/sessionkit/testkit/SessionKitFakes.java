package dev.sessionkit.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands started fakes to tests and closes them afterwards. Immutable: the
 * configuring methods return a new extension.
 *
 * <pre>{@code
 * @ExtendWith(SessionKitFakes.class)
 * class ReportTest {
 *   @Test void costs(FakeTimbal timbal, FakeSyntropic syntropic) { … }   // fresh fakes for each test
 * }
 *
 * class PagingTest {
 *   @RegisterExtension
 *   static SessionKitFakes fakes = new SessionKitFakes()
 *       .timbal(b -> b.seed(7).runs(500))
 *       .perClass();                                                    // one fake for the whole class
 *   @Test void walksAllPages(FakeTimbal timbal) { … }
 * }
 * }</pre>
 *
 * <p>A fake requested by a test method (or its {@code @BeforeEach}/{@code @AfterEach}) lives for that test; one
 * requested by a constructor or {@code @BeforeAll}, or by any method when {@link #perClass()} is set, lives for
 * the test class, and every test of the class gets that same one. Fakes are closed when their scope ends
 * (JUnit closes {@code AutoCloseable} store values from 5.13 on).
 */
public final class SessionKitFakes implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SessionKitFakes.class);

  /**
   * What this extension can inject, and how each is made. This is the seam for client injection: a vendor
   * client resolves by fetching its fake through {@link #fake} (same store, same scope) and building the
   * client from the fake's {@code baseUrl()} and credentials.
   */
  private final Map<Class<?>, Function<ExtensionContext, Object>> resolvers = Map.of(
      FakeTimbal.class, ctx -> fake(FakeTimbal.class, ctx),
      FakeSyntropic.class, ctx -> fake(FakeSyntropic.class, ctx),
      FakeAgentScope.class, ctx -> fake(FakeAgentScope.class, ctx));

  private final Consumer<FakeTimbal.Builder> timbal;
  private final Consumer<FakeSyntropic.Builder> syntropic;
  private final Consumer<FakeAgentScope.Builder> agentScope;
  private final boolean perClass;

  /** An extension that starts every fake with its defaults, one per test (what {@code @ExtendWith} uses). */
  public SessionKitFakes() {
    this(b -> { }, b -> { }, b -> { }, false);
  }

  private SessionKitFakes(Consumer<FakeTimbal.Builder> timbal, Consumer<FakeSyntropic.Builder> syntropic,
      Consumer<FakeAgentScope.Builder> agentScope, boolean perClass) {
    this.timbal = timbal;
    this.syntropic = syntropic;
    this.agentScope = agentScope;
    this.perClass = perClass;
  }

  /**
   * The same extension, configuring each {@link FakeTimbal} with {@code config} before it starts.
   *
   * @param config called with the builder of each fake, not null
   * @return a new extension
   */
  public SessionKitFakes timbal(Consumer<FakeTimbal.Builder> config) {
    return new SessionKitFakes(Objects.requireNonNull(config, "config"), syntropic, agentScope, perClass);
  }

  /**
   * The same extension, configuring each {@link FakeSyntropic} with {@code config} before it starts.
   *
   * @param config called with the builder of each fake, not null
   * @return a new extension
   */
  public SessionKitFakes syntropic(Consumer<FakeSyntropic.Builder> config) {
    return new SessionKitFakes(timbal, Objects.requireNonNull(config, "config"), agentScope, perClass);
  }

  /**
   * The same extension, configuring each {@link FakeAgentScope} with {@code config} before it starts.
   *
   * @param config called with the builder of each fake, not null
   * @return a new extension
   */
  public SessionKitFakes agentScope(Consumer<FakeAgentScope.Builder> config) {
    return new SessionKitFakes(timbal, syntropic, Objects.requireNonNull(config, "config"), perClass);
  }

  /**
   * The same extension, sharing one fake of each kind across the whole test class.
   *
   * @return a new extension
   */
  public SessionKitFakes perClass() {
    return new SessionKitFakes(timbal, syntropic, agentScope, true);
  }

  /**
   * Whether the parameter is a fake this extension provides.
   *
   * @param parameter the parameter to resolve
   * @param context the extension context
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return resolvers.containsKey(parameter.getParameter().getType());
  }

  /**
   * The started fake for the parameter, from the test's or the class's scope.
   *
   * @param parameter the parameter to resolve
   * @param context the extension context
   * @throws java.io.UncheckedIOException when the fake cannot bind a port
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return resolvers.get(parameter.getParameter().getType()).apply(context);
  }

  /** The fake of this type for the context: the one already started in scope, or a new one stored there. */
  private <F extends FakeServer> F fake(Class<F> type, ExtensionContext context) {
    ExtensionContext scope = perClass || context.getTestMethod().isEmpty() ? classScope(context) : context;
    // A store lookup also searches the parents: a fake started for the class is reused by its tests.
    return scope.getStore(NAMESPACE).getOrComputeIfAbsent(type, t -> type.cast(start(type)), type);
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
      FakeTimbal.Builder b = FakeTimbal.builder();
      timbal.accept(b);
      return b.start();
    }
    if (type == FakeSyntropic.class) {
      FakeSyntropic.Builder b = FakeSyntropic.builder();
      syntropic.accept(b);
      return b.start();
    }
    FakeAgentScope.Builder b = FakeAgentScope.builder();
    agentScope.accept(b);
    return b.start();
  }
}
