package dev.sessionkit.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescribeTest {

  @Test
  void fieldsAreShownAsImmutablesShowsThemLeavingOutWhatIsUnset() {
    assertEquals("R{a=1, c=x, d=[p]}",
        Describe.of("R", "a", 1, "b", Optional.empty(), "c", Optional.of("x"), "d", List.of("p"), "e", null));
    assertEquals("R{}", Describe.of("R", "a", null));
  }
}
