/**
 * Client configuration shared by every vendor client: credentials, request options, listeners, raw
 * responses.
 *
 * <h2>The API's rules</h2>
 *
 * <p>Every SessionKit module follows these rules, so that a user who knows one client can guess the next.
 * The checked-in API files ({@code <module>/api/<module>.api}) hold every public signature; a change to them
 * is an API change and shows up in review.
 *
 * <h3>Names</h3>
 *
 * <ul>
 *   <li>A vendor's client is {@code <Vendor>Client} ({@code TimbalClient}, {@code SyntropicClient},
 *       {@code AgentsClient}); its asynchronous mirror, from {@code client.async()}, is
 *       {@code Async<Vendor>Client}. Every asynchronous type takes the {@code Async} prefix:
 *       {@code AsyncRunService}, {@link dev.sessionkit.core.paging.AsyncAutoPager}.
 *   <li>A service is named for one resource, in the singular: {@code RunService}, {@code ReactionService},
 *       {@code SessionService}, {@code MessageService}. Its accessor on the client is the plural:
 *       {@code client.runs()}, {@code client.sessions().messages()}.
 *   <li>A request is {@code <Verb><Resource>Request}: {@code ListRunsRequest}, {@code GetRunRequest},
 *       {@code CreateReactionRequest}. A call that needs only to name one thing takes one typed id (AgentScope's
 *       {@code SessionRef}) or one {@code String} id, never two adjacent {@code String}s.
 *   <li>A model is named for what it is ({@code Run}, {@code Session}, {@code Message}); its accessors are the
 *       camelCase of the JSON names, with no {@code get}/{@code is} prefix.
 *   <li>{@code list} returns one page ({@link dev.sessionkit.core.paging.Page} or the vendor's list
 *       response); {@code listAll} returns an {@link dev.sessionkit.core.paging.AutoPager} over every item.
 *   <li>The zone of a server's naive clock times is {@code serverTimeZone}; that of its stored records,
 *       {@code storageTimeZone}.
 * </ul>
 *
 * <h3>Calls</h3>
 *
 * <ul>
 *   <li>Every call has an overload that takes {@link dev.sessionkit.core.RequestOptions}; the one without
 *       sends {@link dev.sessionkit.core.RequestOptions#none()}.
 *   <li>Each asynchronous service mirrors its blocking twin method for method: a
 *       {@link java.util.concurrent.CompletableFuture} of each result, an
 *       {@link dev.sessionkit.core.paging.AsyncAutoPager} for each auto-pager. Cancelling a future stops its
 *       HTTP call. Without an executor of the user's, calls run on a shared pool of 64 daemon threads
 *       (further calls wait in its queue).
 * </ul>
 *
 * <h3>Arguments</h3>
 *
 * <p>All before any request, and each naming the field: {@code null} where a value is required is a
 * {@link java.lang.NullPointerException}; a value that cannot be taken (blank, out of range, a malformed or
 * foreign cursor) an {@link java.lang.IllegalArgumentException}; a builder whose required fields are missing,
 * or whose fields contradict each other, an {@link java.lang.IllegalStateException} from {@code build()}.
 * {@code null} given to an optional field's setter clears it.
 *
 * <h3>Types</h3>
 *
 * <ul>
 *   <li>Models that a server sends, and requests: immutable abstract classes with a {@code builder()} and a
 *       {@code toBuilder()}; their implementation is generated and never named by users.
 *   <li>Configuration and metadata of the SDK's own ({@link dev.sessionkit.core.ClientConfig},
 *       {@link dev.sessionkit.core.RequestInfo}, {@link dev.sessionkit.core.ResponseInfo},
 *       {@link dev.sessionkit.core.RequestOptions}): final classes.
 *   <li>No public record, and no public or protected constructor that grows with a new field: a field can be
 *       added in a minor version without breaking code compiled against the previous one.
 *   <li>Services, listeners and pagers are interfaces; their implementations are internal.
 * </ul>
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional} (or {@link java.util.OptionalInt}).
 */
package dev.sessionkit.core;
