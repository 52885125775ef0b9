package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.CustomEvent;
import dev.sessionkit.agents.events.DataBlockDeltaEvent;
import dev.sessionkit.agents.events.DataBlockEndEvent;
import dev.sessionkit.agents.events.DataBlockStartEvent;
import dev.sessionkit.agents.events.ExceedMaxItersEvent;
import dev.sessionkit.agents.events.ExternalExecutionResultEvent;
import dev.sessionkit.agents.events.HintBlockEvent;
import dev.sessionkit.agents.events.ModelCallEndEvent;
import dev.sessionkit.agents.events.ModelCallStartEvent;
import dev.sessionkit.agents.events.ReplyEndEvent;
import dev.sessionkit.agents.events.ReplyStartEvent;
import dev.sessionkit.agents.events.RequireExternalExecutionEvent;
import dev.sessionkit.agents.events.RequireUserConfirmEvent;
import dev.sessionkit.agents.events.TextBlockDeltaEvent;
import dev.sessionkit.agents.events.TextBlockEndEvent;
import dev.sessionkit.agents.events.TextBlockStartEvent;
import dev.sessionkit.agents.events.ThinkingBlockDeltaEvent;
import dev.sessionkit.agents.events.ThinkingBlockEndEvent;
import dev.sessionkit.agents.events.ThinkingBlockStartEvent;
import dev.sessionkit.agents.events.ToolCallDeltaEvent;
import dev.sessionkit.agents.events.ToolCallEndEvent;
import dev.sessionkit.agents.events.ToolCallStartEvent;
import dev.sessionkit.agents.events.ToolResultDataDeltaEvent;
import dev.sessionkit.agents.events.ToolResultEndEvent;
import dev.sessionkit.agents.events.ToolResultStartEvent;
import dev.sessionkit.agents.events.ToolResultTextDeltaEvent;
import dev.sessionkit.agents.events.UnknownEvent;
import dev.sessionkit.agents.events.UserConfirmResultEvent;
import dev.sessionkit.agents.events.UserInterruptEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** Reads an {@link AgentEvent} by its {@code type}; anything it cannot type becomes an {@link UnknownEvent}. */
public final class AgentEventDeserializer extends StdDeserializer<AgentEvent> {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Class<? extends AgentEvent>> TYPES = Map.ofEntries(
      Map.entry(ReplyStartEvent.TYPE, ReplyStartEvent.class),
      Map.entry(ReplyEndEvent.TYPE, ReplyEndEvent.class),
      Map.entry(ModelCallStartEvent.TYPE, ModelCallStartEvent.class),
      Map.entry(ModelCallEndEvent.TYPE, ModelCallEndEvent.class),
      Map.entry(TextBlockStartEvent.TYPE, TextBlockStartEvent.class),
      Map.entry(TextBlockDeltaEvent.TYPE, TextBlockDeltaEvent.class),
      Map.entry(TextBlockEndEvent.TYPE, TextBlockEndEvent.class),
      Map.entry(ThinkingBlockStartEvent.TYPE, ThinkingBlockStartEvent.class),
      Map.entry(ThinkingBlockDeltaEvent.TYPE, ThinkingBlockDeltaEvent.class),
      Map.entry(ThinkingBlockEndEvent.TYPE, ThinkingBlockEndEvent.class),
      Map.entry(DataBlockStartEvent.TYPE, DataBlockStartEvent.class),
      Map.entry(DataBlockDeltaEvent.TYPE, DataBlockDeltaEvent.class),
      Map.entry(DataBlockEndEvent.TYPE, DataBlockEndEvent.class),
      Map.entry(HintBlockEvent.TYPE, HintBlockEvent.class),
      Map.entry(ToolCallStartEvent.TYPE, ToolCallStartEvent.class),
      Map.entry(ToolCallDeltaEvent.TYPE, ToolCallDeltaEvent.class),
      Map.entry(ToolCallEndEvent.TYPE, ToolCallEndEvent.class),
      Map.entry(ToolResultStartEvent.TYPE, ToolResultStartEvent.class),
      Map.entry(ToolResultTextDeltaEvent.TYPE, ToolResultTextDeltaEvent.class),
      Map.entry(ToolResultDataDeltaEvent.TYPE, ToolResultDataDeltaEvent.class),
      Map.entry(ToolResultEndEvent.TYPE, ToolResultEndEvent.class),
      Map.entry(ExceedMaxItersEvent.TYPE, ExceedMaxItersEvent.class),
      Map.entry(RequireUserConfirmEvent.TYPE, RequireUserConfirmEvent.class),
      Map.entry(RequireExternalExecutionEvent.TYPE, RequireExternalExecutionEvent.class),
      Map.entry(UserConfirmResultEvent.TYPE, UserConfirmResultEvent.class),
      Map.entry(UserInterruptEvent.TYPE, UserInterruptEvent.class),
      Map.entry(ExternalExecutionResultEvent.TYPE, ExternalExecutionResultEvent.class),
      Map.entry(CustomEvent.TYPE, CustomEvent.class));

  /** Called by Jackson. */
  public AgentEventDeserializer() {
    super(AgentEvent.class);
  }

  @Override
  public AgentEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    Instant createdAt = createdAt(node, ctxt);
    return TypeDispatch.read(node, ctxt, TYPES, raw -> new UnknownEvent(raw, createdAt));
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
