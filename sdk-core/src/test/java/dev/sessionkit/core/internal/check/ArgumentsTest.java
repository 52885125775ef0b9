package dev.sessionkit.core.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void aMissingValueIsANullPointerExceptionNamingTheField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Arguments.requireNonNull(null, "agentId"));
    assertEquals("agentId must not be null", e.getMessage());
    Object value = new Object();
    assertSame(value, Arguments.requireNonNull(value, "agentId"));
  }

  @Test
  void aBlankIdIsAnIllegalArgumentAndANullOneANullPointer() {
    assertEquals("sessionId must not be null",
        assertThrows(NullPointerException.class, () -> Arguments.requireNonBlank(null, "sessionId")).getMessage());
    for (String blank : List.of("", " ", "\t\n")) {
      assertEquals("sessionId must not be blank",
          assertThrows(IllegalArgumentException.class, () -> Arguments.requireNonBlank(blank, "sessionId"))
              .getMessage());
    }
    assertEquals(" s ", Arguments.requireNonBlank(" s ", "sessionId"));
  }

  @Test
  void anOptionalValueMayBeNullButNotBlank() {
    assertNull(Arguments.optionalNonBlank(null, "userId"));
    assertEquals("u", Arguments.optionalNonBlank("u", "userId"));
    assertEquals("userId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> Arguments.optionalNonBlank(" ", "userId")).getMessage());
  }

  @Test
  void everyElementIsCheckedAndTheBadOneNamedByItsIndex() {
    List<String> ok = List.of("a", "b");
    assertSame(ok, Arguments.requireNonBlankElements(ok, "statuses"));
    assertEquals("statuses[1] must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Arguments.requireNonBlankElements(List.of("a", " "), "statuses")).getMessage());
    List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
    assertEquals("statuses[1] must not be null", assertThrows(NullPointerException.class,
        () -> Arguments.requireNonBlankElements(withNull, "statuses")).getMessage());
    assertEquals("statuses must not be null", assertThrows(NullPointerException.class,
        () -> Arguments.requireNonBlankElements(null, "statuses")).getMessage());
  }

  @Test
  void numbersOutOfRangeAreIllegalArgumentsThatSayTheRangeAndTheValue() {
    assertEquals(1, Arguments.requireAtLeast(1, 1, "limit"));
    assertEquals("limit must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> Arguments.requireAtLeast(0, 1, "limit")).getMessage());
    assertEquals(200, Arguments.requireBetween(200, 1, 200, "limit"));
    assertEquals(1, Arguments.requireBetween(1, 1, 200, "limit"));
    assertEquals("limit must be between 1 and 200, was 201", assertThrows(IllegalArgumentException.class,
        () -> Arguments.requireBetween(201, 1, 200, "limit")).getMessage());
    assertEquals("limit must be between 1 and 200, was 0", assertThrows(IllegalArgumentException.class,
        () -> Arguments.requireBetween(0, 1, 200, "limit")).getMessage());
  }

  @Test
  void whatIsMissingOrContradictoryAtBuildTimeIsAnIllegalState() {
    assertEquals("x", Arguments.requireSet("x", "GetRunRequest", "runId"));
    assertEquals("GetRunRequest: runId is required but was not set", assertThrows(IllegalStateException.class,
        () -> Arguments.requireSet(null, "GetRunRequest", "runId")).getMessage());
    Arguments.requireConsistent(true, "ListRunsRequest", "from must not be after to");
    assertEquals("ListRunsRequest: from must not be after to", assertThrows(IllegalStateException.class,
        () -> Arguments.requireConsistent(false, "ListRunsRequest", "from must not be after to")).getMessage());
  }
}
