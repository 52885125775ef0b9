/**
 * The Syntropic137 fake in pieces with one job each: {@link dev.sessionkit.testkit.internal.syntropic.SyntropicSeed}
 * (what the fake starts with), {@link dev.sessionkit.testkit.internal.syntropic.SessionStore} (the sessions and
 * their queries), {@link dev.sessionkit.testkit.internal.syntropic.SessionListing} (the one keyset listing of
 * {@code GET /sessions}, also served by the SDK's listing tests and the benchmarks) and
 * {@link dev.sessionkit.testkit.internal.syntropic.SessionRoutes} (HTTP). Not exported; may change at any time.
 * Parameters and return values are non-null unless a method says otherwise.
 */
package dev.sessionkit.testkit.internal.syntropic;
