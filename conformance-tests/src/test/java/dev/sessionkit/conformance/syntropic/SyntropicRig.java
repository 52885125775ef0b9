package dev.sessionkit.conformance.syntropic;

import dev.sessionkit.conformance.harness.Rig;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.testkit.FakeSyntropic;

/**
 * A FakeSyntropic behind a tap, and a client of the tap. The fake answers as the server of the document does
 * (syntropic137@3b29537, May 2026): vendor-data has no document of the later paging server, whose extra
 * parameters and fields would be judged against nothing.
 */
final class SyntropicRig extends Rig {
  static final String DOCUMENT = "syntropic/openapi.sessions.json";
  /** The deployment's prefix: the document's paths are the API router's, mounted under /api/v1. */
  static final String BASE_PATH = "/api/v1";

  final FakeSyntropic fake;
  final SyntropicClient client;

  SyntropicRig() {
    this(FakeSyntropic.builder().apiVersion(FakeSyntropic.ApiVersion.MAY_2026).sessions(60).start());
  }

  private SyntropicRig(FakeSyntropic fake) {
    super(fake, fake.baseUrl(), DOCUMENT, BASE_PATH);
    this.fake = fake;
    this.client = fake.clientBuilder().baseUrl(tapUrl()).maxRetries(0).build();
  }
}
