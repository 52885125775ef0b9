package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.internal.paging.CursorCodec;

/**
 * The kinds of Timbal listing a cursor can resume, as written into each cursor: a cursor is refused by a
 * listing of another kind. Never change a value: cursors saved by earlier versions carry it.
 */
public final class CursorKinds {
  /** Runs of a project. */
  public static final String RUNS = "timbal.runs";
  /** Reactions to a run. */
  public static final String REACTIONS = "timbal.reactions";

  private CursorKinds() {}

  /**
   * The check of a request builder's {@code cursor(…)}: null unsets it; anything else must be a cursor of
   * this kind.
   *
   * @param cursor the cursor, or null
   * @param kind the request's kind
   * @return {@code cursor}
   * @throws IllegalArgumentException naming {@code cursor} if it is not a cursor of this kind
   */
  public static String check(String cursor, String kind) {
    return cursor == null ? null : CursorCodec.requireKind(cursor, kind);
  }

}
