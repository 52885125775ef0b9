/**
 * SessionKit for Syntropic137: list and inspect agent sessions of a self-hosted Syntropic137 API, with
 * their tokens, costs and operations. Start at {@link dev.sessionkit.syntropic.SyntropicClient}.
 */
module dev.sessionkit.syntropic {
  requires transitive dev.sessionkit.core;
  requires static org.immutables.value.annotations;

  exports dev.sessionkit.syntropic;
  exports dev.sessionkit.syntropic.sessions;

  // Jackson binds the generated model classes by reflection.
  opens dev.sessionkit.syntropic.sessions to com.fasterxml.jackson.databind;
}
