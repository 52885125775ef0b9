package dev.sessionkit.timbal.runs;

/** The direction of {@link ListRunsRequest.Builder#sortOrder(SortOrder)}. */
public enum SortOrder {
  /** Smallest (oldest) first. */
  ASC("asc"),
  /** Largest (newest) first. */
  DESC("desc");

  private final String value;

  SortOrder(String value) {
    this.value = value;
  }

  /** The value sent as {@code sort_order}. */
  public String value() {
    return value;
  }
}
