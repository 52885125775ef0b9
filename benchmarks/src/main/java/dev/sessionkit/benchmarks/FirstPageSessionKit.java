package dev.sessionkit.benchmarks;

import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;

/**
 * Cold start, SessionKit: a fresh JVM builds a client, fetches the first page of the listing and prints it,
 * one item a line, then {@code END items=<n>}. Started by {@link ColdStart} on the vendor module's runtime
 * class path; each vendor's code is in a nested class so that only that vendor's classes are loaded.
 */
public final class FirstPageSessionKit {
  private FirstPageSessionKit() {}

  /**
   * Prints the first page.
   *
   * @param args the API ({@code timbal} or {@code syntropic}) and the server's base URL
   */
  public static void main(String[] args) {
    int n = args[0].equals("timbal") ? Timbal.print(args[1]) : Syntropic.print(args[1]);
    System.out.println("END items=" + n);
  }

  private static final class Timbal {
    static int print(String baseUrl) {
      TimbalClient client = TimbalClient.builder().baseUrl(baseUrl).apiKey(LoopbackServer.TIMBAL_API_KEY)
          .orgId(LoopbackServer.TIMBAL_ORG).projectId(LoopbackServer.TIMBAL_PROJECT).build();
      int n = 0;
      for (Run run : client.runs().list(ListRunsRequest.builder().build()).items()) {
        System.out.println(run.id() + " " + run.status() + " " + run.createdAt() + " " + run.costUsd());
        n++;
      }
      return n;
    }
  }

  private static final class Syntropic {
    static int print(String baseUrl) {
      SyntropicClient client = SyntropicClient.builder().baseUrl(baseUrl).build();
      int n = 0;
      for (Session session : client.sessions().list(ListSessionsRequest.builder().build()).sessions()) {
        System.out.println(session.id() + " " + session.status() + " " + session.startedAt().orElse(null) + " "
            + session.totalCostUsd());
        n++;
      }
      return n;
    }
  }
}
