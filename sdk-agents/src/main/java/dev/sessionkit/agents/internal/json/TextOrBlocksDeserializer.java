package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.sessionkit.agents.messages.ContentBlock;
import dev.sessionkit.agents.messages.TextOrBlocks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link TextOrBlocks}: a string as text, a list as blocks, a single object as a list of one block.
 * A JSON null reads as the empty string (AgentScope's default for {@code summary}).
 */
public final class TextOrBlocksDeserializer extends StdDeserializer<TextOrBlocks> {
  private static final long serialVersionUID = 1L;

  /** Called by Jackson. */
  public TextOrBlocksDeserializer() {
    super(TextOrBlocks.class);
  }

  @Override
  public TextOrBlocks deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return TextOrBlocks.of(p.getText());
    }
    JsonNode node = ctxt.readTree(p);
    if (node.isArray()) {
      List<ContentBlock> blocks = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        if (!element.isNull()) {
          blocks.add(ContentBlockDeserializer.read(element, ctxt));
        }
      }
      return TextOrBlocks.of(blocks);
    }
    if (node.isObject()) {
      return TextOrBlocks.of(List.of(ContentBlockDeserializer.read(node, ctxt)));
    }
    return node.isNull() ? TextOrBlocks.empty() : TextOrBlocks.of(node.asText());
  }

  @Override
  public TextOrBlocks getNullValue(DeserializationContext ctxt) {
    return TextOrBlocks.empty();
  }
}
