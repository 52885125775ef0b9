/**
 * The Timbal fake in pieces with one job each: {@link dev.sessionkit.testkit.internal.timbal.TimbalSeed} (what
 * the fake starts with, and how a spec becomes a record), {@link dev.sessionkit.testkit.internal.timbal.TimbalStore}
 * (the records and their queries) and {@link dev.sessionkit.testkit.internal.timbal.TimbalRoutes} (HTTP). Not
 * exported; may change at any time. Parameters and return values are non-null unless a method says otherwise.
 */
package dev.sessionkit.testkit.internal.timbal;
