package dev.sessionkit.timbal.runs;

/** What {@link ListRunsRequest.Builder#sortBy(RunSortField)} orders runs by. */
public enum RunSortField {
  /** The run id. */
  ID("id"),
  /** When the run was created. */
  CREATED_AT("created_at"),
  /** How long the run took. */
  DURATION_MS("duration_ms"),
  /** What the run cost in US dollars. */
  COST_USD("cost_usd"),
  /** What the run cost in Timbal credits. */
  COST_CREDITS("cost_credits");

  private final String value;

  RunSortField(String value) {
    this.value = value;
  }

  /** The value sent as {@code sort_by}. */
  public String value() {
    return value;
  }
}
