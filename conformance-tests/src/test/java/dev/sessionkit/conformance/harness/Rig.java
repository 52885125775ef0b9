package dev.sessionkit.conformance.harness;

import dev.sessionkit.conformance.openapi.ExchangeValidator;
import dev.sessionkit.conformance.openapi.VendorDocument;
import dev.sessionkit.conformance.wire.Exchange;
import dev.sessionkit.conformance.wire.Tap;
import java.util.List;

/**
 * What a scenario runs against: a started fake, a {@link Tap} in front of it, and (in each vendor's subclass)
 * a client of the tap; judged by one vendor document.
 */
public abstract class Rig implements AutoCloseable {
  private final AutoCloseable fake;
  private final Tap tap;
  private final ExchangeValidator validator;

  /**
   * Puts a tap in front of a started fake.
   *
   * @param fake the fake, closed with the rig
   * @param fakeBaseUrl the fake's base URL
   * @param document the document its exchanges are judged by, under vendor-data
   * @param basePath the deployment's prefix before the document's paths, empty for none
   */
  protected Rig(AutoCloseable fake, String fakeBaseUrl, String document, String basePath) {
    this.fake = fake;
    this.tap = Tap.inFrontOf(fakeBaseUrl);
    this.validator = new ExchangeValidator(VendorDocument.load(document), basePath);
  }

  /**
   * The base URL a client of the rig is given: the tap's.
   *
   * @return the URL
   */
  protected final String tapUrl() {
    return tap.baseUrl();
  }

  /**
   * The validator for the document this rig's fake speaks.
   *
   * @return the validator
   */
  public final ExchangeValidator validator() {
    return validator;
  }

  /**
   * Every exchange that crossed the tap so far.
   *
   * @return a snapshot, oldest first
   */
  public final List<Exchange> exchanges() {
    return tap.exchanges();
  }

  @Override
  public final void close() {
    tap.close();
    try {
      fake.close();
    } catch (Exception e) {
      throw new IllegalStateException("the fake did not close", e);
    }
  }
}
