/**
 * The events of a session's live stream ({@code GET /sessions/{id}/stream}): one interface per AgentScope event
 * {@code type}, and {@link dev.sessionkit.agents.events.UnknownEvent} for any other, so that a new event type
 * on the server never ends a client's stream.
 *
 * <h2>Making an event</h2>
 * Events come from JSON only: from the stream, or, in a test say, from the server's JSON with any Jackson
 * mapper, a plain one included:
 * <pre>{@code
 * TextBlockDeltaEvent e = new ObjectMapper().readValue(
 *     "{\"type\": \"TEXT_BLOCK_DELTA\", \"reply_id\": \"msg-1\", \"block_id\": \"blk-1\", \"delta\": \"Hello\"}",
 *     TextBlockDeltaEvent.class);
 * }</pre>
 * There is no constructor or builder to call: the JSON is the contract, and it stays valid as the server adds
 * fields. (The testkit's {@code FakeAgentScope} streams whole runs of events, for tests against a server.)
 *
 * <h2>Reading and writing</h2>
 * <ul>
 *   <li>Read as {@link dev.sessionkit.agents.events.AgentEvent}, JSON becomes the event its {@code type} names,
 *       or an {@code UnknownEvent} when the SDK cannot type it (an unknown type, a missing required field, a
 *       field of another shape), so that one odd event never fails a stream.
 *   <li>Read as one event's interface ({@code TextBlockDeltaEvent.class}), JSON becomes the same event as read
 *       as {@code AgentEvent}; JSON that is no event of that type that the SDK can read fails the read, with a
 *       {@code MismatchedInputException} or {@code JsonMappingException} that says why. Read as
 *       {@code UnknownEvent}, any JSON is kept whole.
 *   <li>Every way keeps the fields this SDK version does not know, in {@code additionalProperties()}.
 *   <li>Any mapper reads events with the SDK's own rules (its {@code Optional} and time readers, floats as
 *       {@code BigDecimal}): a plain {@code ObjectMapper} needs no module, and the user's settings do not
 *       change an event. A naive time ({@code "2026-05-01T09:00:06.5"}, as the server writes them) reads as
 *       UTC, unless the event comes from a client, which reads it in its {@code serverTimeZone}.
 *   <li>Written with Jackson, an event is the server's JSON again: flat, {@code type} first, then {@code id},
 *       {@code created_at} and {@code metadata}, its own fields, and the unknown ones last. A mapper other
 *       than the SDK's needs {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310} (with
 *       {@code WRITE_DATES_AS_TIMESTAMPS} off, as in Spring Boot) to write the same JSON; an
 *       {@code UnknownEvent} needs none.
 * </ul>
 *
 * <h2>Model style: sealed interfaces backed by internal records</h2>
 * The SDK has one model style per kind of type. Data the server sends (sessions, messages, blocks, state) are
 * Immutables abstract classes: users see {@code X} and {@code X.builder()}. Stream events are the exception,
 * for two reasons:
 * <ol>
 *   <li><b>Binary compatibility.</b> AgentScope adds event fields between minor versions
 *       ({@code finished_reason} in 2.0.4, {@code error} in 2.0.5). An event that users could construct would
 *       change a public signature with each: a record's canonical constructor, or a constructor or factory
 *       with every field. So each event is a public sealed interface of accessors, and its one implementation
 *       is a record in {@code dev.sessionkit.agents.internal.events}, which the module opens to Jackson but
 *       does not export. Adding a field adds an accessor to the interface, which is binary compatible: no user
 *       class implements a sealed interface, and no user code calls the record's constructor. The interfaces
 *       are what users match on ({@code instanceof}, {@code case TextBlockDeltaEvent d ->} on Java 21).
 *   <li><b>The class-path budget.</b> A vendor module's runtime class path (its jar, sdk-core and Jackson)
 *       must stay under 3,000,000 bytes. An Immutables model costs about 6 KB compressed
 *       ({@link dev.sessionkit.agents.events.ConfirmResult} and its generated classes take 6.4 KB), about
 *       180 KB for the 28 events, far over the budget: sdk-agents stood at 2,958,727 bytes with the events as
 *       public records. A record costs about 1.4 KB and its interface 0.35 KB: as interfaces and records the
 *       events take sdk-agents to 2,976,602 bytes.
 * </ol>
 * Events have no builder or {@code toBuilder()}: users never send them, only read them. Equality, hash code and
 * {@code toString()} are the records' own, by value over every field, the unknown ones included.
 *
 * <p>A field documented as required is always there: an event that lacks it arrives as an
 * {@code UnknownEvent}. Null policy: parameters and return values are never null unless documented; absent
 * values are {@link java.util.Optional}. Events are immutable and thread-safe.
 */
package dev.sessionkit.agents.events;
