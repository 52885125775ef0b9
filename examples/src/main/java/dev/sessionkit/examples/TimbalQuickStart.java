package dev.sessionkit.examples;

import dev.sessionkit.core.paging.Page;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.runs.GetRunRequest;
import java.io.PrintStream;
import java.time.Instant;

/** Timbal in a minute: list the failed runs of a project, page by page, then open one with its trace. */
public final class TimbalQuickStart {
  private TimbalQuickStart() {}

  /**
   * Runs against the fake Timbal server (swap in {@code TimbalClient.fromEnv()} for the real one).
   *
   * @param args {@code --debug} for the stack trace of a failure (see {@code CommandLine}); nothing else
   */
  public static void main(String[] args) {
    CommandLine.main("timbal-quick-start", args, call -> {
      call.noArguments();
      try (FakeTimbal fake = FakeTimbal.start()) {
        TimbalClient timbal = TimbalClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .orgId(fake.orgId()).projectId(fake.projectId()).build();
        run(timbal, call.out());
      }
    });
  }

  static void run(TimbalClient timbal, PrintStream out) {
    ListRunsRequest failed = ListRunsRequest.builder().status("error").from(Instant.parse("2026-01-01T00:00:00Z")).build();
    // One page at a time, as the API pages...
    Page<Run> first = timbal.runs().list(failed);
    out.println("first page: " + first.items().size() + " failed runs, more: " + first.hasNextPage());
    // ...or every item, fetched lazily as the loop reaches it.
    long count = 0;
    Run last = null;
    for (Run run : timbal.runs().listAll(failed)) {
      count++;
      last = run;
    }
    out.println("all failed runs: " + count);
    if (last != null) {
      RunDetail detail = timbal.runs().get(GetRunRequest.builder().runId(last.id()).build());
      out.println("run " + detail.id() + ": " + detail.trace().size() + " spans, cost " + detail.costUsd() + " USD");
    }
  }
}
