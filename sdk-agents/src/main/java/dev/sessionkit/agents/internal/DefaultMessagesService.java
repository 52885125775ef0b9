package dev.sessionkit.agents.internal;

import dev.sessionkit.agents.internal.json.MessageListing;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessageOrder;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.MessagesService;
import dev.sessionkit.agents.messages.Msg;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.internal.paging.PagerParameters;
import dev.sessionkit.core.internal.paging.TokenLoopDetector;
import dev.sessionkit.core.paging.AutoPager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link MessagesService} over the transport: {@code GET /sessions/{id}/messages}, on both server versions.
 *
 * <p>Current servers (AgentScope 2.0.4.post1 and newer) answer with {@code has_more} and page back in time by
 * {@code before}, the id of the oldest message in hand; they accept {@code offset} and ignore it. Older servers
 * send no {@code has_more} and page forward by {@code offset}. The first request sends neither, so that both
 * answer with their natural first page, and the response tells which server it is.
 *
 * <p>A page that brings back a message of the page before it means the server ignores the way the walk pages:
 * it would hand out the same messages for ever, so the walk stops with a {@link SessionKitException}. A cursor
 * that comes back from an earlier depth ends it the same way ({@link TokenLoopDetector}). Both checks hold
 * only the page in hand and a bounded set of cursors.
 */
public final class DefaultMessagesService implements MessagesService {
  private final HttpTransport transport;

  /**
   * @param transport the client's transport
   */
  public DefaultMessagesService(HttpTransport transport) {
    this.transport = transport;
  }

  @Override
  public MessagePage list(ListMessagesRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    requirePageable(options);
    Walk walk = new Walk(request, options);
    MessageListing first = walk.fetch(request.before().orElse(null),
        request.offset() > 0 ? OptionalLong.of(request.offset()) : OptionalLong.empty(), request.limit());
    MessageOrder order = first.hasMore().isPresent() ? MessageOrder.NEWEST_FIRST : MessageOrder.OLDEST_FIRST;
    if (order == MessageOrder.NEWEST_FIRST && request.offset() > 0) {
      throw new SessionKitException("offset(" + request.offset() + ") was set, but this server pages by `before` "
          + "(it sent has_more: AgentScope 2.0.4.post1 or newer) and ignores offset; page with before(messageId)");
    }
    if (order == MessageOrder.OLDEST_FIRST && request.before().isPresent()) {
      throw new SessionKitException("before was set, but this server pages by offset (it sent no has_more: "
          + "AgentScope before 2.0.4.post1) and ignores before; page with offset(n)");
    }
    return order == MessageOrder.NEWEST_FIRST
        ? walk.newestFirst(first, 1, null, Set.of())
        : walk.oldestFirst(first, request.offset(), request.limit(), 1, Set.of());
  }

  @Override
  public AutoPager<Msg> listAll(ListMessagesRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    requirePageable(options);
    return new LazyAutoPager<>(() -> list(request, options));
  }

  /**
   * Refuses options that would replace what paging sends on every page (see {@link PagerParameters}): a page's
   * {@code nextPage()} walks too, so {@code list} refuses them as well; the request has all three.
   */
  static RequestOptions requirePageable(RequestOptions options) {
    return PagerParameters.requireNotReplaced(Objects.requireNonNull(options, "options"), "before", "offset",
        "limit");
  }

  /** One walk over a session's messages: its request, its options and the cursors it has followed. */
  private final class Walk {
    private final ListMessagesRequest request;
    private final RequestOptions options;
    private final TokenLoopDetector cursors = new TokenLoopDetector();

    Walk(ListMessagesRequest request, RequestOptions options) {
      this.request = request;
      this.options = options;
    }

    MessageListing fetch(String before, OptionalLong offset, int limit) {
      ApiRequest.Builder get = ApiRequest.get("sessions", request.sessionId(), "messages")
          .query("agent_id", request.agentId());
      if (before != null) {
        get.query("before", before);
      }
      if (offset.isPresent()) {
        get.query("offset", offset.getAsLong());
      }
      return transport.executeJson(get.query("limit", limit).build(), options, MessageListing.class);
    }

    /**
     * A page of a current server: its messages turned newest first; the next page is the one before its
     * oldest message.
     *
     * @param askedBefore the message this page was asked to end before; null for the walk's first page
     * @param previous the ids of the page before, which this one must not repeat
     */
    MessagePage newestFirst(MessageListing listing, int depth, String askedBefore, Set<String> previous) {
      if (listing.hasMore().isEmpty()) {
        throw changedProtocol(depth, "stopped sending has_more");
      }
      List<Msg> items = new ArrayList<>(listing.messages());
      Collections.reverse(items);
      Set<String> ids = idsOf(items, previous, "before");
      if (askedBefore != null && items.isEmpty() && !listing.hasMore().get()) {
        // The page before said older messages remain; the server answers a cursor it does not know with an
        // empty last page, so the cursor message is gone (or was never the server's): ending here would drop
        // the older messages without a word.
        throw new SessionKitException("the server sent no messages before message " + askedBefore + " of session "
            + request.sessionId() + " on page " + depth + ", although the page before said older ones remain: it "
            + "no longer knows that message (deleted during the walk?); list again");
      }
      if (!listing.hasMore().get()) {
        return new Listed(items, MessageOrder.NEWEST_FIRST, listing.running(), null);
      }
      if (items.isEmpty()) {
        throw new SessionKitException("the server sent an empty page of messages with has_more: true after "
            + (depth - 1) + " pages; there is no message to page before");
      }
      String cursor = items.get(items.size() - 1).id().orElseThrow(() -> new SessionKitException("the server "
          + "sent a message without an id as the oldest of page " + depth + " of session " + request.sessionId()
          + "'s messages, with has_more: true; there is no id to page before"));
      if (cursors.record(cursor, depth) >= 0) {
        throw ignored("before", cursor, depth);
      }
      return new Listed(items, MessageOrder.NEWEST_FIRST, listing.running(),
          () -> newestFirst(fetch(cursor, OptionalLong.empty(), request.limit()), depth + 1, cursor, ids));
    }

    /**
     * A page of a server before 2.0.4.post1. It does not say whether more follow: each next page asks for one
     * message more than the limit (where the server allows it), and that one, not handed out, says so.
     *
     * @param offset where this page starts
     * @param asked the limit this page was asked with: the request's, or one more
     */
    MessagePage oldestFirst(MessageListing listing, long offset, int asked, int depth, Set<String> previous) {
      if (listing.hasMore().isPresent()) {
        throw changedProtocol(depth, "started sending has_more");
      }
      int limit = request.limit();
      List<Msg> received = listing.messages();
      List<Msg> items = received.size() > limit ? received.subList(0, limit) : received;
      Set<String> ids = idsOf(items, previous, "offset");
      boolean more = asked > limit ? received.size() > limit : !items.isEmpty() && items.size() == limit;
      if (!more) {
        return new Listed(items, MessageOrder.OLDEST_FIRST, listing.running(), null);
      }
      long next = offset + items.size();
      int nextAsked = limit < ListMessagesRequest.MAX_LIMIT ? limit + 1 : limit;
      return new Listed(items, MessageOrder.OLDEST_FIRST, listing.running(),
          () -> oldestFirst(fetch(null, OptionalLong.of(next), nextAsked), next, nextAsked, depth + 1, ids));
    }

    /**
     * The ids of a page's messages; one that the page before had ends the walk. A message without an id (no
     * server sends one, but the model allows it) is not checked.
     */
    private Set<String> idsOf(List<Msg> items, Set<String> previous, String parameter) {
      Set<String> ids = new HashSet<>();
      for (Msg m : items) {
        if (m.id().isEmpty()) {
          continue;
        }
        String id = m.id().get();
        if (previous.contains(id)) {
          throw ignored(parameter, id, 0);
        }
        ids.add(id);
      }
      return ids;
    }

    private SessionKitException ignored(String parameter, String id, int depth) {
      return new SessionKitException("the server sent message " + id + " of session " + request.sessionId()
          + " again" + (depth > 0 ? " as the cursor of page " + depth : " on the next page")
          + ": it ignores `" + parameter + "`, so paging would repeat the same messages for ever; stopping");
    }

    private SessionKitException changedProtocol(int depth, String what) {
      return new SessionKitException("the server " + what + " on page " + depth + " of session "
          + request.sessionId() + "'s messages: it changed how it pages during the walk (upgraded?); list again");
    }
  }

  /** A fetched page; holds how to get the next one, never the pages before it. */
  private static final class Listed implements MessagePage {
    private final List<Msg> items;
    private final MessageOrder order;
    private final boolean running;
    private final Supplier<MessagePage> next;

    Listed(List<Msg> items, MessageOrder order, boolean running, Supplier<MessagePage> next) {
      this.items = List.copyOf(items);
      this.order = order;
      this.running = running;
      this.next = next;
    }

    @Override
    public List<Msg> items() {
      return items;
    }

    @Override
    public MessageOrder order() {
      return order;
    }

    @Override
    public boolean running() {
      return running;
    }

    @Override
    public boolean hasNextPage() {
      return next != null;
    }

    @Override
    public MessagePage nextPage() {
      if (next == null) {
        throw new NoSuchElementException("this is the last page of messages");
      }
      return next.get();
    }

    @Override
    public String toString() {
      return "MessagePage[" + items.size() + " messages, " + order + ", running=" + running
          + (next != null ? ", more]" : ", last]");
    }
  }
}
