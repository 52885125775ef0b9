/**
 * SessionKit for Jackson 3: a {@code tools.jackson} module that writes and reads every SessionKit model, and
 * Jackson 2's {@code JsonNode} wherever it appears, exactly as the SDK's own Jackson 2 mapper does. Found by
 * {@code JsonMapper.builder().findAndAddModules()} and by Spring Boot 4 through the service below.
 */
module dev.sessionkit.jackson3 {
  requires transitive dev.sessionkit.core;
  // Transitive: SessionKitModule is a JacksonModule. The application brings Jackson 3 (a provided dependency).
  requires transitive tools.jackson.databind;

  exports dev.sessionkit.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.sessionkit.jackson3.SessionKitModule;
}
