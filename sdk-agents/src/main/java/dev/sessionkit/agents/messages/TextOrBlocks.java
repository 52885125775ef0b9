package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.internal.json.TextOrBlocksDeserializer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value that the server sends either as a plain string or as a list of content blocks: a session's
 * {@code summary}, a tool result's {@code output}, a hint. Written back in the form it was read. Immutable.
 */
@JsonDeserialize(using = TextOrBlocksDeserializer.class)
public final class TextOrBlocks {
  private static final TextOrBlocks EMPTY = new TextOrBlocks("", null);

  private final String text;
  private final List<ContentBlock> blocks;

  private TextOrBlocks(String text, List<ContentBlock> blocks) {
    this.text = text;
    this.blocks = blocks;
  }

  /**
   * The empty string.
   *
   * @return the value
   */
  public static TextOrBlocks empty() {
    return EMPTY;
  }

  /**
   * A plain string.
   *
   * @param text the text, not null
   * @return the value
   */
  public static TextOrBlocks of(String text) {
    return new TextOrBlocks(Objects.requireNonNull(text, "text"), null);
  }

  /**
   * A list of blocks.
   *
   * @param blocks the blocks, not null, without null elements
   * @return the value
   */
  public static TextOrBlocks of(List<? extends ContentBlock> blocks) {
    return new TextOrBlocks(null, List.copyOf(blocks));
  }

  /** Whether the server sent a plain string. */
  public boolean isText() {
    return text != null;
  }

  /** The string, when the server sent one. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The blocks, when the server sent a list; empty when it sent a string. */
  public List<ContentBlock> blocks() {
    return blocks == null ? List.of() : blocks;
  }

  /**
   * The value as one string: the string itself, or the text of the list's {@link TextBlock}s joined by
   * {@code \n} (other blocks are left out).
   *
   * @return the text, never null
   */
  public String asText() {
    if (text != null) {
      return text;
    }
    return blocks.stream().filter(b -> b instanceof TextBlock).map(b -> ((TextBlock) b).text())
        .collect(Collectors.joining("\n"));
  }

  /** The JSON form: the string or the list. */
  @JsonValue
  Object jsonValue() {
    return text != null ? text : blocks;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TextOrBlocks)) {
      return false;
    }
    TextOrBlocks other = (TextOrBlocks) o;
    return Objects.equals(text, other.text) && Objects.equals(blocks, other.blocks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, blocks);
  }

  @Override
  public String toString() {
    return text != null ? text : blocks.toString();
  }
}
