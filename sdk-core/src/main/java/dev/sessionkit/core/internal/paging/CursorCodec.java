package dev.sessionkit.core.internal.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.internal.http.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes and reads the cursors of one listing ({@link dev.sessionkit.core.paging.Page#nextCursor()}).
 *
 * <p>A cursor is the base64url (no padding) of a small JSON object, {@code {"v":1,"k":kind,"l":listing,
 * "s":state}}: the format version, the kind of listing that made it ({@code timbal.runs}), a fingerprint of
 * that listing's first request (method, path and query without the paging parameters, hashed: a cursor does
 * not show the filters, though someone who guesses a filter's value could check the guess against it) and what
 * the walk needs to go on ({@code state}, the kind's own). A
 * cursor is refused, before any request, when it is not one, when another kind or another listing made it,
 * or when a newer format wrote it. Version 1 is read by every later SDK version: a new format gets a new
 * number and the old one stays readable.
 *
 * <p>The fingerprint hashes the request as it goes on the wire, so a change to how a vendor module sends a
 * filter (a parameter's name, a time format, a parameter sent by default) changes the fingerprint of every
 * listing with that filter and turns saved cursors away. Each vendor module pins cursors written by this
 * version in a test; a change that breaks them needs a path that still reads the old fingerprint.
 */
public final class CursorCodec {
  /** The format this version writes and the newest it reads. */
  static final int FORMAT = 1;
  /** The name of the parameter a cursor is given as, for messages. */
  private static final String PARAMETER = "cursor";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String kind;
  private final String listing;

  /**
   * @param kind the kind of listing, {@code vendor.items}
   * @param first the listing's first request, as the caller's filters make it
   * @param pagingParameters the query parameters paging sets or varies (left out of the fingerprint)
   */
  public CursorCodec(String kind, ApiRequest first, Set<String> pagingParameters) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.listing = fingerprint(first, pagingParameters);
  }

  /**
   * A cursor that resumes the walk with {@code state}.
   *
   * @param state what the walk needs, the kind's own fields
   * @return the cursor, URL-safe
   */
  public String encode(ObjectNode state) {
    ObjectNode root = JSON.createObjectNode();
    root.put("v", FORMAT);
    root.put("k", kind);
    root.put("l", listing);
    root.set("s", state);
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a cursor", e);
    }
  }

  /**
   * The state a cursor of this listing holds.
   *
   * @param cursor a cursor from {@link #encode}
   * @return its state
   * @throws IllegalArgumentException naming {@code cursor} if it is malformed, or made by another kind of
   *     listing or another listing of this kind
   */
  public ObjectNode decode(String cursor) {
    ObjectNode root = read(cursor, kind);
    if (!listing.equals(root.path("l").asText())) {
      throw new IllegalArgumentException(PARAMETER + " was made by another listing of " + kind + " (other filters,"
          + " or another org, project, agent or session): a cursor resumes only the listing that made it");
    }
    return (ObjectNode) root.get("s");
  }

  /**
   * Checks what a request builder can check before the client is known: that {@code cursor} is one and of
   * this kind. The listing is checked when the call is made, still before any request.
   *
   * @param cursor the cursor given to a request builder
   * @param kind the request's kind of listing
   * @return {@code cursor}
   * @throws IllegalArgumentException naming {@code cursor} if it is malformed or of another kind
   */
  public static String requireKind(String cursor, String kind) {
    read(cursor, kind);
    return cursor;
  }

  /**
   * A cursor as a request's {@code toString()} shows it: its start, enough to tell two apart in a log, without
   * a cursor of some kilobytes filling the line.
   *
   * @param cursor the cursor
   * @return its first 16 characters and an ellipsis
   */
  public static String abbreviate(String cursor) {
    return cursor.length() <= 16 ? cursor : cursor.substring(0, 16) + "…";
  }

  private static ObjectNode read(String cursor, String kind) {
    if (cursor == null || cursor.isBlank()) {
      throw new IllegalArgumentException(PARAMETER + " must not be null or blank");
    }
    JsonNode root;
    try {
      root = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw malformed("it is not base64url JSON");
    }
    if (root == null || !root.isObject() || !root.path("v").isInt() || !root.path("k").isTextual()
        || !root.path("l").isTextual() || !root.path("s").isObject()) {
      throw malformed("it lacks the fields of one");
    }
    int format = root.get("v").intValue();
    if (format > FORMAT) {
      throw new IllegalArgumentException(PARAMETER + " was written by a newer SessionKit (cursor format " + format
          + "; this version reads up to " + FORMAT + "): resume with the version that made it, or a newer one");
    }
    if (format < 1) {
      throw malformed("its format " + format + " is not one");
    }
    String madeBy = root.get("k").asText();
    if (!madeBy.equals(kind)) {
      throw new IllegalArgumentException(PARAMETER + " was made by a listing of " + madeBy + ", not of " + kind
          + ": a cursor resumes only the kind of listing that made it");
    }
    return (ObjectNode) root;
  }

  /**
   * The exception for a cursor whose envelope is sound but whose state is not what its kind writes, or any
   * other cursor that is not one: the same words for every kind.
   *
   * @param why what is wrong with it, for the message ({@code it holds no page token})
   * @return the exception, naming {@code cursor}
   */
  public static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException(PARAMETER + " is not a cursor SessionKit made (" + why + "); pass on"
        + " exactly the string a page's nextCursor() gave");
  }

  /** A short hash of what makes the listing: method, path, and the query except paging's own parameters. */
  private static String fingerprint(ApiRequest first, Set<String> pagingParameters) {
    List<String> query = new ArrayList<>();
    for (Map.Entry<String, String> e : first.query()) {
      if (!pagingParameters.contains(e.getKey())) {
        query.add(e.getKey() + "=" + e.getValue());
      }
    }
    query.sort(null);
    StringBuilder text = new StringBuilder(first.method());
    for (String segment : first.segments()) {
      text.append('/').append(segment.replace("%", "%25").replace("/", "%2F"));
    }
    for (String q : query) {
      text.append('\n').append(q);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
