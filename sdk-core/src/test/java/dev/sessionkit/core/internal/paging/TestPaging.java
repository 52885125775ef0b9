package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.internal.http.ApiRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the paging tests share: a response to hand pages, and the cursors of a test listing. */
final class TestPaging {
  static final ResponseInfo OK = ResponseInfo.of(200, Map.of("X-Request-Id", List.of("req-1")));
  static final CursorCodec CURSORS =
      new CursorCodec("test.items", ApiRequest.get("items").query("filter", "x").build(), Set.of("page_token"));

  private TestPaging() {}
}
