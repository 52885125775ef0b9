package dev.sessionkit.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageTest {
  @Test
  void tokenUsageTotalsAndAdds() {
    TokenUsage a = TokenUsage.builder().input(100).output(20).cacheCreation(5).cacheRead(1000).build();
    assertEquals(1125, a.total());
    TokenUsage b = a.plus(TokenUsage.builder().input(1).output(2).build());
    assertEquals(TokenUsage.builder().input(101).output(22).cacheCreation(5).cacheRead(1000).build(), b);
    assertEquals(0, TokenUsage.zero().total());
    assertEquals(a, a.toBuilder().build());
  }

  @Test
  void reportedCountsReadNegativesAsZeroAndSumsSaturate() {
    assertEquals(TokenUsage.builder().output(7).build(), TokenUsage.reported(-1, 7, -5, 0));
    TokenUsage huge = TokenUsage.reported(Long.MAX_VALUE, 0, 0, 0);
    assertEquals(Long.MAX_VALUE, huge.plus(TokenUsage.reported(10, 0, 0, 0)).input());
  }

  @Test
  void tokenCountsMustNotBeNegative() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TokenUsage.builder().input(-1).build());
    assertEquals(true, e.getMessage().startsWith("token counts must not be negative"), e.getMessage());
  }

  @Test
  void sessionUsageNeedsItsIdentityAndDefaultsTheRest() {
    SessionUsage u = SessionUsage.builder().vendor(Vendor.AGENTSCOPE).id("s1").status("idle").build();
    assertEquals(TokenUsage.zero(), u.tokens());
    assertEquals(Optional.empty(), u.costUsd());
    assertEquals(Optional.empty(), u.model());
    SessionUsage full = u.toBuilder().model("qwen-max").costUsd(new BigDecimal("0.10"))
        .startedAt(Instant.parse("2026-05-01T00:00:00Z")).build();
    assertEquals(new BigDecimal("0.10"), full.costUsd().orElseThrow());
    assertThrows(IllegalStateException.class, () -> SessionUsage.builder().vendor(Vendor.TIMBAL).status("x").build());
  }
}
