package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.ClientBuilder;
import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the vendor modules' client builders may do to the {@link ClientBuilder} they extend, and users may not:
 * set the credentials their own auth methods make, set the time zones, and resolve the configuration.
 *
 * <p>{@code ClientBuilder} cannot be sealed (its subclasses live in other JPMS modules, and a sealed class's
 * permitted subclasses must share its module), and protected hooks would be API that any subclass could call.
 * So the hooks are package-private in {@code ClientBuilder}, which hands them here when it is initialized; this
 * package is exported to the SessionKit modules alone. The JDK reaches its own internals the same way.
 */
public final class ClientBuilderAccess {
  /** The hooks, as {@code ClientBuilder} implements them. */
  public interface Hooks {
    /**
     * @param builder the builder
     * @param credentials its credentials
     */
    void credentials(ClientBuilder<?, ?> builder, Credentials credentials);

    /**
     * @param builder the builder
     * @param zone the zone of the server host's clock
     */
    void serverTimeZone(ClientBuilder<?, ?> builder, ZoneId zone);

    /**
     * @param builder the builder
     * @param zone the zone of the server's stored naive times
     */
    void storageTimeZone(ClientBuilder<?, ?> builder, ZoneId zone);

    /**
     * @param builder the builder
     * @return its validated configuration
     */
    ClientConfig config(ClientBuilder<?, ?> builder);
  }

  private static volatile Hooks hooks;

  private ClientBuilderAccess() {}

  /**
   * Called once, by {@code ClientBuilder}'s static initializer.
   *
   * @param implementation the hooks
   * @throws IllegalStateException if hooks were installed already
   */
  public static synchronized void install(Hooks implementation) {
    if (hooks != null) {
      throw new IllegalStateException("ClientBuilder's hooks are installed already");
    }
    hooks = Objects.requireNonNull(implementation, "implementation");
  }

  /**
   * Sets the credentials that a vendor builder's auth method made.
   *
   * @param builder the builder
   * @param credentials the credentials
   * @param <B> the builder's type
   * @return the builder
   */
  public static <B extends ClientBuilder<?, ?>> B credentials(B builder, Credentials credentials) {
    hooks().credentials(builder, credentials);
    return builder;
  }

  /**
   * Sets the zone in which the server's naive timestamps are read.
   *
   * @param builder the builder
   * @param zone the zone, not null
   * @param <B> the builder's type
   * @return the builder
   */
  public static <B extends ClientBuilder<?, ?>> B serverTimeZone(B builder, ZoneId zone) {
    hooks().serverTimeZone(builder, zone);
    return builder;
  }

  /**
   * Sets the zone in which the naive timestamps that the server's storage writes are read.
   *
   * @param builder the builder
   * @param zone the zone, not null
   * @param <B> the builder's type
   * @return the builder
   */
  public static <B extends ClientBuilder<?, ?>> B storageTimeZone(B builder, ZoneId zone) {
    hooks().storageTimeZone(builder, zone);
    return builder;
  }

  /**
   * Validates the builder's settings and resolves them.
   *
   * @param builder the builder
   * @return the configuration
   * @throws IllegalStateException if the settings are incomplete or unsafe
   */
  public static ClientConfig config(ClientBuilder<?, ?> builder) {
    return hooks().config(builder);
  }

  private static Hooks hooks() {
    // Every caller passes a ClientBuilder instance, so its class, whose initializer installs the hooks, is
    // initialized already.
    Hooks h = hooks;
    if (h == null) {
      throw new IllegalStateException("ClientBuilder's hooks are not installed");
    }
    return h;
  }
}
