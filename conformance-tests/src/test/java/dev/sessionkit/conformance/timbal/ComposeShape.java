package dev.sessionkit.conformance.timbal;

import dev.sessionkit.testkit.FakeTimbal;
import java.util.List;

/**
 * The two documented shapes of Timbal's compose sessions, each with the last document that had it: a fake
 * speaking one shape is validated against that shape's document only.
 */
public enum ComposeShape {
  /** Seed 000's shape: the {@code user_id} filter, {@code project_id}, tokens, {@code cost_usd}, {@code model_usage}. */
  SEED_000("timbal/openapi.compose-09d61f1.json"),
  /** June 2026's: the {@code rev} filter, {@code first_prompt}; no {@code project_id}, tokens or cost. */
  JUNE_2026("timbal/openapi.compose-d8af300.json");

  /**
   * The shapes FakeTimbal can speak: every compose entry of TimbalEndpoints runs against each, each against its
   * own document.
   */
  static final List<ComposeShape> FAKE_MODES = List.of(SEED_000, JUNE_2026);

  /**
   * Sets a fake builder to speak this shape.
   *
   * @param builder the fake's builder
   * @return the builder
   */
  FakeTimbal.Builder configure(FakeTimbal.Builder builder) {
    return switch (this) {
      case SEED_000 -> builder.composeShape(FakeTimbal.ComposeShape.APRIL_2026);
      case JUNE_2026 -> builder.composeShape(FakeTimbal.ComposeShape.JUNE_2026);
    };
  }

  private final String document;

  ComposeShape(String document) {
    this.document = document;
  }

  /** The document of this shape, under vendor-data. */
  String document() {
    return document;
  }
}
