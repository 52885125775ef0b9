/**
 * SessionKit's shared machinery: HTTP transport, auth, retries, errors, JSON, pagination, Server-Sent
 * Events and the cross-vendor usage view. Users see it through the vendor clients.
 */
module dev.sessionkit.core {
  requires transitive java.net.http;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports dev.sessionkit.core;
  exports dev.sessionkit.core.errors;
  exports dev.sessionkit.core.json;
  exports dev.sessionkit.core.paging;
  exports dev.sessionkit.core.retry;
  exports dev.sessionkit.core.streaming;
  exports dev.sessionkit.core.usage;

  exports dev.sessionkit.core.internal.http to
      dev.sessionkit.timbal, dev.sessionkit.syntropic, dev.sessionkit.agents, dev.sessionkit.testkit;
  // sdk-jackson3 writes and reads the models with the SDK's own mapper, so that Jackson 3's JSON is the SDK's.
  exports dev.sessionkit.core.internal.json to
      dev.sessionkit.timbal, dev.sessionkit.syntropic, dev.sessionkit.agents, dev.sessionkit.testkit,
      dev.sessionkit.jackson3;
  exports dev.sessionkit.core.internal.paging to
      dev.sessionkit.timbal, dev.sessionkit.syntropic, dev.sessionkit.agents, dev.sessionkit.testkit;
  exports dev.sessionkit.core.internal.sse to
      dev.sessionkit.timbal, dev.sessionkit.syntropic, dev.sessionkit.agents, dev.sessionkit.testkit;
  exports dev.sessionkit.core.internal.model to
      dev.sessionkit.timbal, dev.sessionkit.syntropic, dev.sessionkit.agents, dev.sessionkit.testkit;
  exports dev.sessionkit.core.internal.check to
      dev.sessionkit.timbal, dev.sessionkit.syntropic, dev.sessionkit.agents, dev.sessionkit.testkit;

  // Jackson binds the generated model classes by reflection.
  opens dev.sessionkit.core.usage to com.fasterxml.jackson.databind;
  opens dev.sessionkit.core.json to com.fasterxml.jackson.databind;
  // Models name StorageTimeDeserializer in their annotations: Jackson instantiates it by reflection.
  opens dev.sessionkit.core.internal.json to com.fasterxml.jackson.databind;
}
