package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.internal.json.ContentBlockDeserializer;

/**
 * One block of a message's content, told apart by its {@code type}. The server's types each have their
 * class; any other type is read as an {@link UnknownBlock} that keeps the JSON, never as an error.
 *
 * <pre>{@code
 * for (ContentBlock block : msg.content()) {
 *   if (block instanceof TextBlock) {
 *     System.out.print(((TextBlock) block).text());
 *   } else if (block instanceof ToolCallBlock) {
 *     System.out.println("calls " + ((ToolCallBlock) block).name());
 *   }
 * }
 * }</pre>
 */
// The type first, as the server writes it: easier to read in logs and captures.
@JsonPropertyOrder("type")
@JsonDeserialize(using = ContentBlockDeserializer.class)
public sealed interface ContentBlock
    permits TextBlock, ThinkingBlock, HintBlock, ToolCallBlock, ToolResultBlock, DataBlock, UnknownBlock {

  /**
   * The block's type as it is on the wire: {@code text}, {@code thinking}, {@code hint}, {@code tool_call},
   * {@code tool_result}, {@code data}, or, for an {@link UnknownBlock}, whatever the server sent.
   *
   * @return the type, never null (empty when an unknown block has none)
   */
  String type();
}
