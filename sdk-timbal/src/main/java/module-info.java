/**
 * SessionKit for Timbal: compose sessions, runs with their traces, and reactions, through
 * {@code dev.sessionkit.timbal.TimbalClient}.
 */
module dev.sessionkit.timbal {
  requires transitive dev.sessionkit.core;
  requires static org.immutables.value.annotations;

  exports dev.sessionkit.timbal;
  exports dev.sessionkit.timbal.runs;
  exports dev.sessionkit.timbal.sessions;

  // Jackson binds the generated model classes (public packages) and the page records (internal) by
  // reflection.
  opens dev.sessionkit.timbal.internal to com.fasterxml.jackson.databind;
  opens dev.sessionkit.timbal.runs to com.fasterxml.jackson.databind;
  opens dev.sessionkit.timbal.sessions to com.fasterxml.jackson.databind;
}
