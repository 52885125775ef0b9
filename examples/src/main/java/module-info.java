/**
 * SessionKit's example programs. A named module on purpose: its tests run on the module path, so they
 * prove that the SDK's module descriptors export and open what a modular application needs (Jackson
 * reaches the models through {@code opens}, which class-path tests never exercise).
 */
module dev.sessionkit.examples {
  requires dev.sessionkit.timbal;
  requires dev.sessionkit.syntropic;
  requires dev.sessionkit.agents;
  requires dev.sessionkit.testkit;
}
