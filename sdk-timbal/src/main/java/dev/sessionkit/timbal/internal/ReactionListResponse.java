package dev.sessionkit.timbal.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sessionkit.timbal.runs.Reaction;
import java.util.List;

/** The body of {@code GET …/runs/{run_id}/reactions}: one page of reactions and the cursor of the next. */
record ReactionListResponse(@JsonProperty("reactions") List<Reaction> items,
    @JsonProperty("next_page_token") String nextPageToken) implements CursorBody<Reaction> {
  ReactionListResponse {
    items = items == null ? List.of() : items;
  }
}
