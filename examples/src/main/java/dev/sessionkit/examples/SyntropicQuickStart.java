package dev.sessionkit.examples;

import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.testkit.FakeSyntropic;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/** Syntropic137 in a minute: every failed or running session (past the 200 limit), then one in detail. */
public final class SyntropicQuickStart {
  private SyntropicQuickStart() {}

  /**
   * Runs against the fake Syntropic137 server (swap in {@code SyntropicClient.fromEnv()} for a real one).
   *
   * @param args {@code --debug} for the stack trace of a failure (see {@code CommandLine}); nothing else
   */
  public static void main(String[] args) {
    CommandLine.main("syntropic-quick-start", args, call -> {
      call.noArguments();
      try (FakeSyntropic fake = FakeSyntropic.builder().sessions(300).start()) {
        run(SyntropicClient.builder().baseUrl(fake.baseUrl()).build(), call.out());
      }
    });
  }

  static void run(SyntropicClient syn, PrintStream out) {
    ListSessionsRequest request = ListSessionsRequest.builder().statuses(List.of("failed", "running")).build();
    List<Session> sessions = syn.sessions().listAll(request).stream().collect(java.util.stream.Collectors.toList());
    BigDecimal cost = sessions.stream().map(Session::totalCostUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    out.println("failed or running sessions: " + sessions.size() + ", total cost " + cost + " USD");
    if (!sessions.isEmpty()) {
      // An id prefix is enough when it is unique.
      String prefix = sessions.get(0).id().substring(0, 8);
      SessionDetail detail = syn.sessions().get(prefix);
      out.println("session " + detail.id() + ": " + detail.operations().size() + " operations, models "
          + detail.costByModel().keySet());
    }
  }
}
