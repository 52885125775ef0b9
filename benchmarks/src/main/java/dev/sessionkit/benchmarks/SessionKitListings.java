package dev.sessionkit.benchmarks;

import dev.sessionkit.core.RequestListener;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import java.util.function.Function;

/**
 * The SessionKit contenders: {@code listAll} through the public clients, with their defaults.
 *
 * <p>Each vendor's code is in its own nested class, loaded only when used, so that a child JVM given one
 * vendor module's class path never needs the other's.
 */
final class SessionKitListings {
  private SessionKitListings() {}

  /**
   * A walk over the loopback listing of the API with SessionKit.
   *
   * @param api the API
   * @param baseUrl the server's base URL ({@link LoopbackServer#baseUrl()})
   * @return the contender
   */
  static Listing of(Api api, String baseUrl) {
    return of(api, baseUrl, RequestListener.none());
  }

  /**
   * A walk over the loopback listing of the API with SessionKit, with a listener on the client.
   *
   * @param api the API
   * @param baseUrl the server's base URL ({@link LoopbackServer#baseUrl()})
   * @param listener the client's listener ({@link RequestListener#none()}: the clients' default)
   * @return the contender
   */
  static Listing of(Api api, String baseUrl, RequestListener listener) {
    return api == Api.TIMBAL ? Timbal.listing(baseUrl, listener) : Syntropic.listing(baseUrl, listener);
  }

  // Iterating the auto-pager is the walk: it fetches each page as the loop reaches it.
  private static <T> Listing.Tally tally(Iterable<T> items, Function<T, String> id) {
    long count = 0;
    long checksum = 0;
    for (T item : items) {
      count++;
      checksum += id.apply(item).hashCode();
    }
    return new Listing.Tally(count, checksum);
  }

  /** Timbal: {@code runs().listAll(…)}. */
  static final class Timbal {
    private Timbal() {}

    /**
     * A Timbal client for the loopback server.
     *
     * @param baseUrl the server's base URL
     * @param listener the client's listener
     * @return the client
     */
    static TimbalClient client(String baseUrl, RequestListener listener) {
      return TimbalClient.builder().baseUrl(baseUrl).apiKey(LoopbackServer.TIMBAL_API_KEY)
          .orgId(LoopbackServer.TIMBAL_ORG).projectId(LoopbackServer.TIMBAL_PROJECT).listener(listener).build();
    }

    static Listing listing(String baseUrl, RequestListener listener) {
      TimbalClient client = client(baseUrl, listener);
      ListRunsRequest request = ListRunsRequest.builder().build();
      return () -> tally(client.runs().listAll(request), Run::id);
    }
  }

  /** Syntropic137: {@code sessions().listAll(…)}. */
  static final class Syntropic {
    private Syntropic() {}

    /**
     * A Syntropic137 client for the loopback server.
     *
     * @param baseUrl the server's base URL
     * @param listener the client's listener
     * @return the client
     */
    static SyntropicClient client(String baseUrl, RequestListener listener) {
      return SyntropicClient.builder().baseUrl(baseUrl).listener(listener).build();
    }

    static Listing listing(String baseUrl, RequestListener listener) {
      SyntropicClient client = client(baseUrl, listener);
      // No limit: listAll asks for the largest page (200), as the raw loop does.
      ListSessionsRequest request = ListSessionsRequest.builder().build();
      return () -> tally(client.sessions().listAll(request), Session::id);
    }
  }
}
