package dev.sessionkit.conformance.timbal;

import dev.sessionkit.conformance.harness.Rig;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;

/** A FakeTimbal in one compose shape behind a tap, and a client of the tap. */
final class TimbalRig extends Rig {
  static final String RUNS_DOCUMENT = "timbal/openapi.runs.json";

  final FakeTimbal fake;
  final TimbalClient client;

  TimbalRig(ComposeShape shape, String document) {
    this(shape.configure(FakeTimbal.builder()).start(), document);
  }

  private TimbalRig(FakeTimbal fake, String document) {
    super(fake, fake.baseUrl(), document, "");
    this.fake = fake;
    // No retries: each exchange on the wire is one call of the scenario.
    this.client = fake.clientBuilder().baseUrl(tapUrl()).maxRetries(0).build();
  }
}
