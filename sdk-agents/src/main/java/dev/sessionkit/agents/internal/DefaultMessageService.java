package dev.sessionkit.agents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.internal.json.MessageListing;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessageOrder;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.MessageService;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.internal.paging.FetchedPage;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.internal.paging.PagerParameters;
import dev.sessionkit.core.internal.paging.TokenLoopDetector;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link MessageService} over the transport: {@code GET /sessions/{id}/messages}, on both server versions.
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
 *
 * <p>A page's cursor ({@link MessagePage#nextCursor()}, kind {@value #CURSOR_KIND}) holds the walk's protocol
 * and where it stands, as the state of a {@link CursorCodec} cursor: {@code {"b": id}} on current servers, the
 * message id the next request sends as {@code before}; {@code {"o": n}} on older ones, the offset of the next
 * message. A listing resumed from it makes the request the walk would have made next, lookahead included, and
 * keeps the walk's checks: the cursor message must not come again, a {@code before} cursor answered by an empty
 * last page has vanished, and a server of the other protocol ends the walk after its first response. The
 * listing's fingerprint is the path (agent, session) without {@code before}, {@code offset} and {@code limit}.
 */
public final class DefaultMessageService implements MessageService {
  /** The kind of listing of message cursors. */
  public static final String CURSOR_KIND = "agentscope.messages";
  /** The query parameters paging sets, left out of a cursor's fingerprint. */
  private static final Set<String> PAGING_PARAMETERS = Set.of("before", "offset", "limit");

  private final HttpTransport transport;

  /**
   * @param transport the client's transport
   */
  public DefaultMessageService(HttpTransport transport) {
    this.transport = transport;
  }

  @Override
  public MessagePage list(ListMessagesRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    requirePageable(options);
    return first(request, options, start(request));
  }

  @Override
  public AutoPager<Message> listAll(ListMessagesRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    requirePageable(options);
    Start start = start(request);
    return new LazyAutoPager<>(() -> first(request, options, start));
  }

  /**
   * Where a listing starts: {@code before}, {@code offset} (0: not sent), and whether a cursor said so.
   *
   * @param before the message id to send as {@code before}, or null
   * @param offset the offset to send, or 0
   * @param resumed whether the place comes from a cursor: the walk before it had a next page there
   */
  record Start(String before, long offset, boolean resumed) {}

  /**
   * Where the request starts, its cursor read now, so that a cursor of another listing is refused when the
   * call is made, before any request.
   *
   * @throws IllegalArgumentException naming {@code cursor} if it is not one of this session's message cursors
   */
  static Start start(ListMessagesRequest request) {
    if (request.cursor().isEmpty()) {
      return new Start(request.before().orElse(null), request.offset(), false);
    }
    ObjectNode state = cursors(request).decode(request.cursor().get());
    JsonNode before = state.get("b");
    JsonNode offset = state.get("o");
    if (before != null && offset == null && before.isTextual() && !before.asText().isBlank()) {
      return new Start(before.asText(), 0, true);
    }
    if (offset != null && before == null && offset.canConvertToLong() && offset.isIntegralNumber()
        && offset.longValue() > 0) {
      return new Start(null, offset.longValue(), true);
    }
    throw CursorCodec.malformed("it holds neither a message to page before nor an offset");
  }

  /** The cursors of the request's listing: its fingerprint is the agent and session. */
  private static CursorCodec cursors(ListMessagesRequest request) {
    return new CursorCodec(CURSOR_KIND, listing(request).build(), PAGING_PARAMETERS);
  }

  /** The request of the listing without its paging parameters. */
  private static ApiRequest.Builder listing(ListMessagesRequest request) {
    return ApiRequest.get("sessions", request.sessionId(), "messages").query("agent_id", request.agentId());
  }

  /** The first page from {@code start}; the response tells the server's version, which must fit the start. */
  private MessagePage first(ListMessagesRequest request, RequestOptions options, Start start) {
    Walk walk = new Walk(request, options);
    // A resumed offset walk asks what the walk would have asked next: one message more, to know whether
    // another page follows. Without a cursor the server's version is not known yet: the limit as given.
    int asked = start.resumed() && start.offset() > 0 && request.limit() < ListMessagesRequest.MAX_LIMIT
        ? request.limit() + 1 : request.limit();
    Fetched first = walk.fetch(start.before(),
        start.offset() > 0 ? OptionalLong.of(start.offset()) : OptionalLong.empty(), asked);
    MessageOrder order = first.listing().hasMore().isPresent() ? MessageOrder.NEWEST_FIRST : MessageOrder.OLDEST_FIRST;
    if (order == MessageOrder.NEWEST_FIRST && start.offset() > 0) {
      throw new SessionKitException(start.resumed()
          ? "cursor was made by an offset walk (a server before AgentScope 2.0.4.post1), but this server pages by "
              + "`before` (it sent has_more: 2.0.4.post1 or newer) and ignores offset: the server was upgraded "
              + "since; list again without the cursor"
          : "offset(" + start.offset() + ") was set, but this server pages by `before` (it sent has_more: "
              + "AgentScope 2.0.4.post1 or newer) and ignores offset; page with before(messageId)");
    }
    if (order == MessageOrder.OLDEST_FIRST && start.before() != null) {
      throw new SessionKitException(start.resumed()
          ? "cursor was made by a `before` walk (AgentScope 2.0.4.post1 or newer), but this server pages by "
              + "offset (it sent no has_more: a server before 2.0.4.post1) and ignores before: the server "
              + "changed version since; list again without the cursor"
          : "before was set, but this server pages by offset (it sent no has_more: AgentScope before "
              + "2.0.4.post1) and ignores before; page with offset(n)");
    }
    if (order == MessageOrder.OLDEST_FIRST) {
      return walk.oldestFirst(first, start.offset(), asked, 1, Set.of());
    }
    if (!start.resumed()) {
      return walk.newestFirst(first, 1, null, Set.of());
    }
    // The cursor message ended the page before, which said older ones remain: it must not come again, as a
    // message or as the next cursor, and an empty last page means it is gone.
    walk.cursors.record(start.before(), 0);
    return walk.newestFirst(first, 1, start.before(), Set.of(start.before()));
  }

  /**
   * Refuses options that would replace what paging sends on every page (see {@link PagerParameters}): a page's
   * {@code nextPage()} walks too, so {@code list} refuses them as well; the request has all three.
   */
  static RequestOptions requirePageable(RequestOptions options) {
    return PagerParameters.requireNotReplaced(Objects.requireNonNull(options, "options"), "before", "offset",
        "limit");
  }

  /** One response of a walk: the listing and the response it was read from. */
  private record Fetched(MessageListing listing, ResponseInfo response) {}

  /**
   * One walk over a session's messages: its request, its options, the cursors it has followed and the codec
   * that writes its pages' SDK cursors.
   */
  private final class Walk {
    private final ListMessagesRequest request;
    private final RequestOptions options;
    private final TokenLoopDetector cursors = new TokenLoopDetector();
    private final CursorCodec codec;

    Walk(ListMessagesRequest request, RequestOptions options) {
      this.request = request;
      this.options = options;
      this.codec = cursors(request);
    }

    Fetched fetch(String before, OptionalLong offset, int limit) {
      ApiRequest.Builder get = listing(request);
      if (before != null) {
        get.query("before", before);
      }
      if (offset.isPresent()) {
        get.query("offset", offset.getAsLong());
      }
      ApiRequest built = get.query("limit", limit).build();
      WithResponse<MessageListing> read =
          WithResponse.call(options, o -> transport.executeJson(built, o, MessageListing.class));
      return new Fetched(read.value(), read.response());
    }

    /**
     * A page of a current server: its messages turned newest first; the next page is the one before its
     * oldest message.
     *
     * @param askedBefore the message this page was asked to end before; null for the walk's first page
     * @param previous the ids of the page before, which this one must not repeat
     */
    MessagePage newestFirst(Fetched fetched, int depth, String askedBefore, Set<String> previous) {
      MessageListing listing = fetched.listing();
      if (listing.hasMore().isEmpty()) {
        throw changedProtocol(depth, "stopped sending has_more");
      }
      List<Message> items = new ArrayList<>(listing.messages());
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
        return new Listed(items, MessageOrder.NEWEST_FIRST, listing.running(), fetched.response(), null, null);
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
      return new Listed(items, MessageOrder.NEWEST_FIRST, listing.running(), fetched.response(),
          () -> codec.encode(JsonNodeFactory.instance.objectNode().put("b", cursor)),
          () -> newestFirst(fetch(cursor, OptionalLong.empty(), request.limit()), depth + 1, cursor, ids));
    }

    /**
     * A page of a server before 2.0.4.post1. It does not say whether more follow: each next page asks for one
     * message more than the limit (where the server allows it), and that one, not handed out, says so.
     *
     * @param offset where this page starts
     * @param asked the limit this page was asked with: the request's, or one more
     */
    MessagePage oldestFirst(Fetched fetched, long offset, int asked, int depth, Set<String> previous) {
      MessageListing listing = fetched.listing();
      if (listing.hasMore().isPresent()) {
        throw changedProtocol(depth, "started sending has_more");
      }
      int limit = request.limit();
      List<Message> received = listing.messages();
      List<Message> items = received.size() > limit ? received.subList(0, limit) : received;
      Set<String> ids = idsOf(items, previous, "offset");
      boolean more = asked > limit ? received.size() > limit : !items.isEmpty() && items.size() == limit;
      if (!more) {
        return new Listed(items, MessageOrder.OLDEST_FIRST, listing.running(), fetched.response(), null, null);
      }
      long next = offset + items.size();
      int nextAsked = limit < ListMessagesRequest.MAX_LIMIT ? limit + 1 : limit;
      return new Listed(items, MessageOrder.OLDEST_FIRST, listing.running(), fetched.response(),
          () -> codec.encode(JsonNodeFactory.instance.objectNode().put("o", next)),
          () -> oldestFirst(fetch(null, OptionalLong.of(next), nextAsked), next, nextAsked, depth + 1, ids));
    }

    /**
     * The ids of a page's messages; one that the page before had ends the walk. A message without an id (no
     * server sends one, but the model allows it) is not checked.
     */
    private Set<String> idsOf(List<Message> items, Set<String> previous, String parameter) {
      Set<String> ids = new HashSet<>();
      for (Message m : items) {
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

  /**
   * A fetched page: the core's page (items, response, next page, cursor written when asked for and kept) with
   * the order of the walk and whether a run was active. Holds how to get the next page, never the pages before.
   */
  private static final class Listed implements MessagePage {
    private final Page<Message> page;
    private final MessageOrder order;
    private final boolean running;

    /** {@code cursor} and {@code next} are both null on the last page, and neither on any other. */
    Listed(List<Message> items, MessageOrder order, boolean running, ResponseInfo response, Supplier<String> cursor,
        Supplier<MessagePage> next) {
      this.page = next == null ? FetchedPage.last(items, response)
          : new FetchedPage<>(items, response, cursor, next::get);
      this.order = order;
      this.running = running;
    }

    @Override
    public List<Message> items() {
      return page.items();
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
      return page.hasNextPage();
    }

    @Override
    public MessagePage nextPage() {
      if (!page.hasNextPage()) {
        throw new NoSuchElementException("this is the last page of messages");
      }
      // Every page after a Listed is one: its supplier makes them.
      return (MessagePage) page.nextPage();
    }

    @Override
    public Optional<String> nextCursor() {
      return page.nextCursor();
    }

    @Override
    public ResponseInfo response() {
      return page.response();
    }

    @Override
    public String toString() {
      return "MessagePage[" + page.items().size() + " messages, " + order + ", running=" + running
          + (page.hasNextPage() ? ", more]" : ", last]");
    }
  }
}
