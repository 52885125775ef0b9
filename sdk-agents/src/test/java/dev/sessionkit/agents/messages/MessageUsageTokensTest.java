package dev.sessionkit.agents.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.core.usage.TokenUsage;
import org.junit.jupiter.api.Test;

/**
 * How a message's usage becomes a {@link TokenUsage}, whose input leaves out the cache tokens (issue 15).
 * AgentScope keeps each provider's counts as they come (agentscope@da00849, src/agentscope/model/): Anthropic's
 * {@code input_tokens} leaves out cache reads and writes; OpenAI, DashScope, DeepSeek, Gemini, Moonshot and xAI
 * report prompt tokens that include the cache reads, and no cache writes.
 */
class MessageUsageTokensTest {
  private static MessageUsage usage(long input, long output, long cacheRead, long cacheCreation) {
    return MessageUsage.builder().inputTokens(input).outputTokens(output).cacheInputTokens(cacheRead)
        .cacheCreationInputTokens(cacheCreation).build();
  }

  private static TokenUsage tokens(long input, long output, long cacheRead, long cacheCreation) {
    return TokenUsage.builder().input(input).output(output).cacheRead(cacheRead).cacheCreation(cacheCreation).build();
  }

  @Test
  void promptTokensThatIncludeTheCacheReadsLoseThem() {
    // OpenAI's prompt_tokens 1523 of which prompt_tokens_details.cached_tokens 1024.
    assertEquals(tokens(499, 312, 1024, 0), usage(1523, 312, 1024, 0).tokens());
    // Every prompt token read from the cache.
    assertEquals(tokens(0, 9, 2048, 0), usage(2048, 9, 2048, 0).tokens());
  }

  @Test
  void anInputWithCacheWritesIsAnthropicsAndLeftAsItIs() {
    // Only Anthropic's wrapper reports cache_creation_input_tokens, and its input_tokens excludes both.
    assertEquals(tokens(120, 15, 100, 20), usage(120, 15, 100, 20).tokens());
    assertEquals(tokens(35, 15, 0, 4096), usage(35, 15, 0, 4096).tokens());
  }

  @Test
  void moreCacheReadsThanInputCannotIncludeThemAndAreLeftAsTheyAre() {
    assertEquals(tokens(20, 300, 9000, 0), usage(20, 300, 9000, 0).tokens());
  }

  @Test
  void withoutCacheCountsTheInputIsTheInput() {
    // Servers before agentscope@63e64ae send no cache counts: they read as 0.
    assertEquals(tokens(5, 7, 0, 0), MessageUsage.builder().inputTokens(5).outputTokens(7).build().tokens());
    assertEquals(TokenUsage.zero(), MessageUsage.builder().build().tokens());
  }

  @Test
  void aNegativeCountIsZeroBeforeTheCountsAreCompared() {
    // An unknown input (-1) with cache reads: more reads than input, so nothing is taken out.
    assertEquals(tokens(0, 10, 50, 0), usage(-1, 10, 50, 0).tokens());
    assertEquals(tokens(100, 0, 0, 0), usage(100, -1, -1, -1).tokens());
    assertEquals(tokens(Long.MAX_VALUE - 5, 0, 5, 0), usage(Long.MAX_VALUE, 0, 5, 0).tokens());
  }

  @Test
  void aMessageReadsItsUsageSoAndNoneAsZero() {
    Message reply = Message.builder().name("Friday").usage(usage(1523, 312, 1024, 0)).build();
    assertEquals(tokens(499, 312, 1024, 0), reply.tokens());
    assertEquals(TokenUsage.zero(), Message.user("alice", "hi").tokens());
  }
}
