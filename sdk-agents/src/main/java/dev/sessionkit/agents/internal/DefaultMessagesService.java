package dev.sessionkit.agents.internal;

import dev.sessionkit.agents.internal.json.MessageListing;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.MessagesService;
import dev.sessionkit.agents.messages.Msg;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.internal.paging.OffsetPaging;
import dev.sessionkit.core.internal.paging.PagerParameters;
import dev.sessionkit.core.paging.AutoPager;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@link MessagesService} over the transport: {@code GET /sessions/{id}/messages?agent_id=&offset=&limit=}. */
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
    return page(request, options, request.offset());
  }

  @Override
  public AutoPager<Msg> listAll(ListMessagesRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    requirePageable(options);
    return new LazyAutoPager<>(() -> list(request, options));
  }

  /**
   * Refuses options that would replace what offset paging sends on every page (see {@link PagerParameters}):
   * a page's {@code nextPage()} walks too, so {@code list} refuses them as well; the request has both.
   */
  static RequestOptions requirePageable(RequestOptions options) {
    return PagerParameters.requireNotReplaced(Objects.requireNonNull(options, "options"), "offset", "limit");
  }

  /** One page; {@link OffsetPaging} decides where the next starts (a short or empty page is the last). */
  private MessagePage page(ListMessagesRequest request, RequestOptions options, long offset) {
    MessageListing fetched = fetch(request, options, offset, request.limit());
    OptionalLong next = OffsetPaging.nextOffset(offset, request.limit(), fetched.messages().size(), Optional.empty());
    return new Listed(fetched.messages(), fetched.running(),
        next.isPresent() ? () -> page(request, options, next.getAsLong()) : null);
  }

  private MessageListing fetch(ListMessagesRequest request, RequestOptions options, long offset, int limit) {
    ApiRequest get = ApiRequest.get("sessions", request.sessionId(), "messages")
        .query("agent_id", request.agentId())
        .query("offset", offset)
        .query("limit", limit)
        .build();
    return transport.executeJson(get, options, MessageListing.class);
  }

  /** A fetched page; holds how to get the next one, never the pages before it. */
  private static final class Listed implements MessagePage {
    private final List<Msg> items;
    private final boolean running;
    private final Supplier<MessagePage> next;

    Listed(List<Msg> items, boolean running, Supplier<MessagePage> next) {
      this.items = List.copyOf(items);
      this.running = running;
      this.next = next;
    }

    @Override
    public List<Msg> items() {
      return items;
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
      return "MessagePage[" + items.size() + " messages, running=" + running + (next != null ? ", more]" : ", last]");
    }
  }
}
