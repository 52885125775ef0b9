package dev.sessionkit.benchmarks;

import java.util.Locale;

/** The vendor APIs whose listings are measured. */
enum Api {
  /** Timbal's runs: cursor pages of a fixed size ({@code next_page_token}). */
  TIMBAL,
  /** Syntropic137's sessions: keyset pages on {@code started_at}, up to 200 a page. */
  SYNTROPIC;

  /** The lower-case name used on command lines and in results. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SessionKit module of the API: {@code sdk-timbal} or {@code sdk-syntropic}. */
  String module() {
    return "sdk-" + id();
  }

  /**
   * The API named on a command line.
   *
   * @param id {@code timbal} or {@code syntropic}, any case
   * @return the API
   * @throws IllegalArgumentException for any other name
   */
  static Api of(String id) {
    for (Api api : values()) {
      if (api.id().equalsIgnoreCase(id)) {
        return api;
      }
    }
    throw new IllegalArgumentException("unknown API \"" + id + "\": expected timbal or syntropic");
  }
}
