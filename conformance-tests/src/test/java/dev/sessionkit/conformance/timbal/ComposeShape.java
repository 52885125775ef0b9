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

  // ---------------------------------------------------------------------------------------------------------
  // THE ONE PLACE TO SWITCH FAKE MODES. Today's FakeTimbal speaks SEED_000 only. When its builder can speak
  // June 2026's shape, add JUNE_2026 here and set the builder option in configure(...) below: every compose
  // entry of TimbalEndpoints then runs against both fake modes, each against its own document.
  // ---------------------------------------------------------------------------------------------------------
  /** The shapes today's FakeTimbal can speak. */
  static final List<ComposeShape> FAKE_MODES = List.of(SEED_000);

  /**
   * Sets a fake builder to speak this shape.
   *
   * @param builder the fake's builder
   * @return the builder
   */
  FakeTimbal.Builder configure(FakeTimbal.Builder builder) {
    return switch (this) {
      case SEED_000 -> builder;
      // e.g. builder.composeShape(FakeTimbal.ComposeShape.JUNE_2026) once FakeTimbal has it.
      case JUNE_2026 -> throw new IllegalStateException("FakeTimbal cannot speak the June 2026 compose shape yet");
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
