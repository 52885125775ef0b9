package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.sessionkit.agents.messages.ContentBlock;
import dev.sessionkit.agents.messages.DataBlock;
import dev.sessionkit.agents.messages.HintBlock;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.messages.ThinkingBlock;
import dev.sessionkit.agents.messages.ToolCallBlock;
import dev.sessionkit.agents.messages.ToolResultBlock;
import dev.sessionkit.agents.messages.UnknownBlock;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a {@link ContentBlock} by its {@code type}; an unknown type becomes an {@link UnknownBlock}, and a
 * bare string (AgentScope's {@code Msg.content} may be one) a {@link TextBlock}.
 */
public final class ContentBlockDeserializer extends StdDeserializer<ContentBlock> {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Class<? extends ContentBlock>> TYPES = Map.of(
      TextBlock.TYPE, TextBlock.class,
      ThinkingBlock.TYPE, ThinkingBlock.class,
      HintBlock.TYPE, HintBlock.class,
      ToolCallBlock.TYPE, ToolCallBlock.class,
      ToolResultBlock.TYPE, ToolResultBlock.class,
      DataBlock.TYPE, DataBlock.class);

  /** Called by Jackson. */
  public ContentBlockDeserializer() {
    super(ContentBlock.class);
  }

  @Override
  public ContentBlock deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(ctxt.readTree(p), ctxt);
  }

  static ContentBlock read(JsonNode node, DeserializationContext ctxt) throws IOException {
    if (node.isTextual()) {
      return TextBlock.of(node.asText());
    }
    return TypeDispatch.read(node, ctxt, TYPES, UnknownBlock::new);
  }
}
