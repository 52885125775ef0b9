package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.UnknownEvent;
import dev.sessionkit.agents.internal.events.CustomEventRecord;
import dev.sessionkit.agents.internal.events.DataBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.DataBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.DataBlockStartEventRecord;
import dev.sessionkit.agents.internal.events.ExceedMaxItersEventRecord;
import dev.sessionkit.agents.internal.events.ExternalExecutionResultEventRecord;
import dev.sessionkit.agents.internal.events.HintBlockEventRecord;
import dev.sessionkit.agents.internal.events.ModelCallEndEventRecord;
import dev.sessionkit.agents.internal.events.ModelCallStartEventRecord;
import dev.sessionkit.agents.internal.events.ReplyEndEventRecord;
import dev.sessionkit.agents.internal.events.ReplyStartEventRecord;
import dev.sessionkit.agents.internal.events.RequireExternalExecutionEventRecord;
import dev.sessionkit.agents.internal.events.RequireUserConfirmEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockStartEventRecord;
import dev.sessionkit.agents.internal.events.ThinkingBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.ThinkingBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.ThinkingBlockStartEventRecord;
import dev.sessionkit.agents.internal.events.ToolCallDeltaEventRecord;
import dev.sessionkit.agents.internal.events.ToolCallEndEventRecord;
import dev.sessionkit.agents.internal.events.ToolCallStartEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultDataDeltaEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultEndEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultStartEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultTextDeltaEventRecord;
import dev.sessionkit.agents.internal.events.UserConfirmResultEventRecord;
import dev.sessionkit.agents.internal.events.UserInterruptEventRecord;
import dev.sessionkit.agents.internal.events.UnknownEventJson;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an {@link AgentEvent}, or one type of event, from JSON: Jackson finds it through {@code AgentEvent}'s
 * {@code @JsonDeserialize}, which every event interface inherits, and tells it the type asked for
 * ({@link #createContextual}).
 * <ul>
 *   <li>{@code AgentEvent}: the event's {@code type} chooses its record; anything it cannot type becomes an
 *       {@link UnknownEvent}, so that one odd event never ends a stream.
 *   <li>One event's interface ({@code TextBlockDeltaEvent}): the JSON must be an event of that type that the SDK
 *       can read, else the read fails and says why. It cannot come back as another type, nor as an unknown
 *       event, and the caller asked for this one: failing is the only honest answer.
 *   <li>{@code UnknownEvent}: any JSON, kept whole.
 * </ul>
 * Either way the record is bound by {@link RecordReader}, so unknown fields are kept.
 *
 * <p>A mapper other than the SDK's (a user's {@code new ObjectMapper()}) hands the event to the SDK's own
 * configuration: the records need its {@code Optional} and naive-time readers, which a plain mapper lacks, and an
 * event must read the same whichever mapper reads it (floats as {@code BigDecimal} in its JSON fields too). Naive
 * times then read as UTC, the SDK's default; a client reads them in its server time zone.
 */
public final class AgentEventDeserializer extends StdDeserializer<AgentEvent> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  /** The record of each type the SDK knows, by its {@code type} on the wire. */
  private static final Map<String, Class<? extends AgentEvent>> RECORDS = Map.ofEntries(
      Map.entry(ReplyStartEventRecord.TYPE, ReplyStartEventRecord.class),
      Map.entry(ReplyEndEventRecord.TYPE, ReplyEndEventRecord.class),
      Map.entry(ModelCallStartEventRecord.TYPE, ModelCallStartEventRecord.class),
      Map.entry(ModelCallEndEventRecord.TYPE, ModelCallEndEventRecord.class),
      Map.entry(TextBlockStartEventRecord.TYPE, TextBlockStartEventRecord.class),
      Map.entry(TextBlockDeltaEventRecord.TYPE, TextBlockDeltaEventRecord.class),
      Map.entry(TextBlockEndEventRecord.TYPE, TextBlockEndEventRecord.class),
      Map.entry(ThinkingBlockStartEventRecord.TYPE, ThinkingBlockStartEventRecord.class),
      Map.entry(ThinkingBlockDeltaEventRecord.TYPE, ThinkingBlockDeltaEventRecord.class),
      Map.entry(ThinkingBlockEndEventRecord.TYPE, ThinkingBlockEndEventRecord.class),
      Map.entry(DataBlockStartEventRecord.TYPE, DataBlockStartEventRecord.class),
      Map.entry(DataBlockDeltaEventRecord.TYPE, DataBlockDeltaEventRecord.class),
      Map.entry(DataBlockEndEventRecord.TYPE, DataBlockEndEventRecord.class),
      Map.entry(HintBlockEventRecord.TYPE, HintBlockEventRecord.class),
      Map.entry(ToolCallStartEventRecord.TYPE, ToolCallStartEventRecord.class),
      Map.entry(ToolCallDeltaEventRecord.TYPE, ToolCallDeltaEventRecord.class),
      Map.entry(ToolCallEndEventRecord.TYPE, ToolCallEndEventRecord.class),
      Map.entry(ToolResultStartEventRecord.TYPE, ToolResultStartEventRecord.class),
      Map.entry(ToolResultTextDeltaEventRecord.TYPE, ToolResultTextDeltaEventRecord.class),
      Map.entry(ToolResultDataDeltaEventRecord.TYPE, ToolResultDataDeltaEventRecord.class),
      Map.entry(ToolResultEndEventRecord.TYPE, ToolResultEndEventRecord.class),
      Map.entry(ExceedMaxItersEventRecord.TYPE, ExceedMaxItersEventRecord.class),
      Map.entry(RequireUserConfirmEventRecord.TYPE, RequireUserConfirmEventRecord.class),
      Map.entry(RequireExternalExecutionEventRecord.TYPE, RequireExternalExecutionEventRecord.class),
      Map.entry(UserConfirmResultEventRecord.TYPE, UserConfirmResultEventRecord.class),
      Map.entry(UserInterruptEventRecord.TYPE, UserInterruptEventRecord.class),
      Map.entry(ExternalExecutionResultEventRecord.TYPE, ExternalExecutionResultEventRecord.class),
      Map.entry(CustomEventRecord.TYPE, CustomEventRecord.class));

  /** The {@code type} on the wire of each event interface. */
  private static final Map<Class<?>, String> TYPES = new HashMap<>();

  static {
    RECORDS.forEach((type, record) -> TYPES.put(record.getInterfaces()[0], type));
  }

  /** What the SDK's mapper reads with: {@link #deserialize} hands a read by any other mapper to it. */
  private static final DeserializerFactory SDK_FACTORY =
      SessionKitJson.mapper().getDeserializationContext().getFactory();

  /** {@code AgentEvent}, {@code UnknownEvent}, or one event's interface. */
  private final Class<?> target;

  /**
   * The SDK's reader of {@link #target}, for reads that another mapper asks for; made on the first. Not in the
   * constructor: making a reader makes its deserializer, a new instance of this class, which would make a reader,
   * and so on. A race makes two equal readers, harmlessly.
   */
  private transient volatile ObjectReader sdkReader;

  /** Called by Jackson. */
  public AgentEventDeserializer() {
    this(AgentEvent.class);
  }

  private AgentEventDeserializer(Class<?> target) {
    super(target);
    this.target = target;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType type = ctxt.getContextualType() != null ? ctxt.getContextualType()
        : property != null ? property.getType() : null;
    Class<?> raw = type == null ? AgentEvent.class : type.getRawClass();
    Class<?> asked = TYPES.containsKey(raw) ? raw : UnknownEvent.class.isAssignableFrom(raw) ? UnknownEvent.class
        : AgentEvent.class;
    return asked == target ? this : new AgentEventDeserializer(asked);
  }

  @Override
  public AgentEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (ctxt.getFactory() != SDK_FACTORY) {
      ObjectReader reader = sdkReader;
      if (reader == null) {
        // Within another value (a list of events, a user's object) the caller's parser goes on after this one.
        reader = SessionKitJson.mapper().readerFor(target).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        sdkReader = reader;
      }
      return reader.readValue(p);
    }
    JsonNode node = ctxt.readTree(p);
    if (target == AgentEvent.class) {
      Instant createdAt = createdAt(node, ctxt);
      return TypeDispatch.read(node, ctxt, RECORDS, raw -> new UnknownEventJson(raw, createdAt));
    }
    if (target == UnknownEvent.class) {
      return new UnknownEventJson(node, createdAt(node, ctxt));
    }
    return readAs(node, ctxt);
  }

  /** Reads the node as the event type asked for, or fails with the reason. */
  private AgentEvent readAs(JsonNode node, DeserializationContext ctxt) throws IOException {
    String expected = TYPES.get(target);
    JsonNode type = node.get("type");
    if (!node.isObject() || type == null || !type.isTextual() || !type.asText().equals(expected)) {
      String sent = !node.isObject() ? "JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          : type == null ? "JSON without a \"type\"" : "an event of type " + type;
      return (AgentEvent) ctxt.reportInputMismatch(target, "Cannot read %s as %s (type \"%s\"); read it as "
          + "AgentEvent to take an event of any type", sent, target.getSimpleName(), expected);
    }
    try {
      return RecordReader.read((ObjectNode) node, RECORDS.get(expected), ctxt);
    } catch (DatabindException e) {
      throw JsonMappingException.from(ctxt, "Cannot read this " + expected + " event as " + target.getSimpleName()
          + ", it lacks a field the SDK requires or has one of another shape (read as AgentEvent, it would be an "
          + "UnknownEvent): " + e.getOriginalMessage(), e);
    }
  }

  private static Instant createdAt(JsonNode node, DeserializationContext ctxt) throws IOException {
    JsonNode value = node.isObject() ? node.get("created_at") : null;
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      return ctxt.readTreeAsValue(value, Instant.class);
    } catch (DatabindException e) {
      return null;
    }
  }
}
