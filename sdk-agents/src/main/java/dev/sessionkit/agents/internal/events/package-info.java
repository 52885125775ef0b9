/**
 * The implementations of the event interfaces of {@link dev.sessionkit.agents.events}: one record per event
 * type, bound by Jackson through its canonical constructor, and the kept JSON of an unknown event. Not exported
 * (only opened to Jackson): no part of the API, so a record's constructor may change with each field the server
 * adds. Public only because a sealed interface in another package may permit a public class only, when the SDK
 * runs on the class path.
 */
package dev.sessionkit.agents.internal.events;
