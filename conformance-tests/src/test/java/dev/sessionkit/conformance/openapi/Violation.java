package dev.sessionkit.conformance.openapi;

/**
 * One way an exchange departs from a vendor's document.
 *
 * @param part what was checked: {@code request} or {@code response}, then where (a parameter, a header, the
 *     body and the JSON location in it)
 * @param rule the rule broken: a JSON Schema keyword and where the document states it, or an OpenAPI rule
 * @param detail what was seen
 */
public record Violation(String part, String rule, String detail) {
  @Override
  public String toString() {
    return part + ": " + detail + " [" + rule + "]";
  }
}
