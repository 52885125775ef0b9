package dev.sessionkit.jackson3;

import dev.sessionkit.jackson3.internal.Jackson2Deserializers;
import dev.sessionkit.jackson3.internal.Jackson2Serializers;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module for SessionKit: a {@code tools.jackson} mapper with it writes and reads every SessionKit
 * model, and Jackson 2's {@code JsonNode} wherever it appears, as the SDK's own Jackson 2 mapper does (see the
 * {@linkplain dev.sessionkit.jackson3 package} for how, and for which types).
 *
 * <p>Registered as a {@link java.util.ServiceLoader} service of {@code JacksonModule}, so that Spring Boot 4
 * and {@code JsonMapper.builder().findAndAddModules()} find it on the class path and on the module path:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SessionKitModule()).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; one instance may serve any number of mappers. Registering it twice is harmless
 * (Jackson keeps one module per {@link #getRegistrationId() registration id}).
 */
public final class SessionKitModule extends JacksonModule {
  /** The name this module is registered under. */
  public static final String NAME = "SessionKit";

  /** Also what {@link java.util.ServiceLoader} calls. */
  public SessionKitModule() {}

  /** @return {@value #NAME} */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * Unknown: Jackson tells modules apart by {@link #getRegistrationId()}, not by version, and a version here
   * would be one more place for a release to update.
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Jackson2Serializers());
    context.addDeserializers(new Jackson2Deserializers());
  }
}
