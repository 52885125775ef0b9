/**
 * The machinery the three fakes share: the HTTP engine, routing, request parsing, JSON writing, fault
 * injection, error shapes, cursors, seeded data and price tables. Not exported; may change at any time.
 * Parameters and return values are non-null unless a method says otherwise.
 */
package dev.sessionkit.testkit.internal;
