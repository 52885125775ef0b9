package com.example.billing;

// readme:begin spring-controller
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BillingController {
  private final TimbalClient timbal;

  BillingController(TimbalClient timbal) {
    this.timbal = timbal;
  }

  @GetMapping("/runs/{id}")
  RunDetail run(@PathVariable String id) {         // status_detail, trace, additionalProperties() as sent
    return timbal.runs().get(GetRunRequest.builder().runId(id).build());
  }

  @GetMapping("/usage")
  List<SessionUsage> usage() {
    return timbal.composeSessions().list(ListComposeSessionsRequest.builder().build()).stream()
        .map(ComposeSession::toSessionUsage)
        .toList();
  }
}
// readme:end spring-controller
