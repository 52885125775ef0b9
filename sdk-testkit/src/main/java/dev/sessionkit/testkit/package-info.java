/**
 * Fake servers of the three vendor APIs for integration tests: {@link dev.sessionkit.testkit.FakeTimbal},
 * {@link dev.sessionkit.testkit.FakeSyntropic}, {@link dev.sessionkit.testkit.FakeAgentScope}, and the JUnit 5
 * extension {@link dev.sessionkit.testkit.SessionKitFakes}, which hands a test a started fake and a
 * {@code TimbalClient}, {@code SyntropicClient} or {@code AgentsClient} built against it. Outside JUnit, each
 * fake's {@code clientBuilder()} gives a client builder with the fake's address and credentials set.
 *
 * <p>Each fake is a JDK HTTP server on 127.0.0.1 and a free port, serving deterministic data made from a seed
 * in the real servers' wire formats, and able to fail, delay or drop the next requests. Fakes are thread-safe.
 * Parameters and return values are non-null unless a method says otherwise.
 */
package dev.sessionkit.testkit;
