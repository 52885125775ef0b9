package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * What kind of failure ended a reply ({@link ReplyError#type()}): {@code authentication}, {@code permission},
 * {@code rate_limit}, {@code invalid_request}, {@code upstream}, {@code connection}, {@code internal},
 * {@code setup} or {@code unknown}. The server sets it for any upstream service a reply reached (the chat model,
 * an embedding or TTS model, an MCP server), not only the model. An open set: any other value the server sends
 * is kept as given.
 */
public final class ReplyErrorType extends OpenValue {
  /** An upstream service answered 401: a credential is missing or wrong. */
  public static final ReplyErrorType AUTHENTICATION = new ReplyErrorType("authentication", true);
  /** An upstream service answered 403. */
  public static final ReplyErrorType PERMISSION = new ReplyErrorType("permission", true);
  /** An upstream service answered 429: a rate or quota was exceeded. */
  public static final ReplyErrorType RATE_LIMIT = new ReplyErrorType("rate_limit", true);
  /** An upstream service answered 400 or 422: the request was malformed. */
  public static final ReplyErrorType INVALID_REQUEST = new ReplyErrorType("invalid_request", true);
  /** An upstream service failed (5xx). */
  public static final ReplyErrorType UPSTREAM = new ReplyErrorType("upstream", true);
  /** A network error or time-out, with no HTTP status. */
  public static final ReplyErrorType CONNECTION = new ReplyErrorType("connection", true);
  /** A bug in the server, or another unexpected exception. */
  public static final ReplyErrorType INTERNAL = new ReplyErrorType("internal", true);
  /**
   * The run failed before the agent replied at all: assembling the agent, its tools or knowledge bases, or
   * resolving its model.
   */
  public static final ReplyErrorType SETUP = new ReplyErrorType("setup", true);
  /** No better classification; also what the server means when it sends no type. */
  public static final ReplyErrorType UNKNOWN = new ReplyErrorType("unknown", true);

  private static final Map<String, ReplyErrorType> KNOWN = index(AUTHENTICATION, PERMISSION, RATE_LIMIT,
      INVALID_REQUEST, UPSTREAM, CONNECTION, INTERNAL, SETUP, UNKNOWN);

  private ReplyErrorType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The type for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static ReplyErrorType of(String value) {
    return lookup(KNOWN, value, v -> new ReplyErrorType(v, false));
  }
}
