package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.util.Optional;

/** Maps any {@link SessionInfo} to the cross-vendor {@link SessionUsage}, once for both models. */
final class UsageMapping {
  private UsageMapping() {}

  static SessionUsage of(SessionInfo s) {
    return SessionUsage.builder()
        .vendor(Vendor.SYNTROPIC)
        .id(s.id())
        .status(s.status().value())
        .model(s.agentModel())
        .startedAt(s.startedAt())
        .lastActivityAt(s.completedAt().or(s::startedAt))
        .tokens(TokenUsage.reported(s.inputTokens(), s.outputTokens(), s.cacheCreationTokens(), s.cacheReadTokens()))
        .costUsd(Optional.of(s.totalCostUsd()))
        .build();
  }
}
