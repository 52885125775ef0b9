package dev.sessionkit.conformance.harness;

import java.util.function.Consumer;

/**
 * One entry of a vendor's coverage table: an operation of the vendor's document and a scenario that drives
 * the SDK's public client to call it (with the parameters and bodies worth checking). Adding an endpoint, or a
 * parameter, to the suite is adding one of these.
 *
 * @param method the HTTP method of the operation
 * @param path the path template exactly as the vendor's document writes it
 * @param scenario what the calls exercise, for the test's name
 * @param calls the SDK calls, given a rig (a started fake behind a tap and a client of it)
 * @param <R> the vendor's rig
 */
public record Endpoint<R>(String method, String path, String scenario, Consumer<R> calls) {
  @Override
  public String toString() {
    return method + " " + path + " (" + scenario + ")";
  }
}
