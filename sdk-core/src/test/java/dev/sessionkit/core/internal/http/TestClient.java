package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.ClientBuilder;
import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.Secret;
import java.time.ZoneId;

/** The smallest vendor client: exposes its transport so tests can drive sdk-core directly. */
final class TestClient {
  final ClientConfig config;
  final HttpTransport transport;

  private TestClient(ClientConfig config) {
    this.config = config;
    this.transport = new HttpTransport(config);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ClientBuilder<Builder, TestClient> {
    Builder() {
      super("test", null);
    }

    Builder apiKey(String key) {
      return ClientBuilderAccess.credentials(this, Credentials.bearer(Secret.of(key)));
    }

    Builder basic(String user, String password) {
      return ClientBuilderAccess.credentials(this, Credentials.basic(user, Secret.of(password)));
    }

    Builder zone(ZoneId zone) {
      return ClientBuilderAccess.serverTimeZone(this, zone);
    }

    @Override
    public TestClient build() {
      return new TestClient(ClientBuilderAccess.config(this));
    }
  }
}
