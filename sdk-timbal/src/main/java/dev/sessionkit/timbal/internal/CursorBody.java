package dev.sessionkit.timbal.internal;

import java.util.List;

/**
 * A cursor-paged response body: one page of items and the cursor of the next ({@code next_page_token};
 * null or empty on the last page).
 *
 * @param <T> the item type
 */
public interface CursorBody<T> {
  /** This page's items, never null. */
  List<T> items();

  /** The cursor of the next page; null or empty on the last page. */
  String nextPageToken();
}
