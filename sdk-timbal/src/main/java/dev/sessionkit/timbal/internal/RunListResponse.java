package dev.sessionkit.timbal.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sessionkit.timbal.runs.Run;
import java.util.List;

/** The body of {@code GET …/runs}: one page of runs and the cursor of the next. */
record RunListResponse(@JsonProperty("runs") List<Run> items, @JsonProperty("next_page_token") String nextPageToken)
    implements CursorBody<Run> {
  RunListResponse {
    items = items == null ? List.of() : items;
  }
}
