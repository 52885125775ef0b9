package dev.sessionkit.readme;

// readme:begin resume-listing
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
// readme:end resume-listing

/** README, "Resume a listing, read the response": the cursor loop. */
final class ResumeListing {
  private ResumeListing() {}

  static void resume(dev.sessionkit.timbal.TimbalClient timbal, String saved, String fromBrowser) {
    // readme:begin resume-listing
    ListRunsRequest failed = ListRunsRequest.builder().status("error").cursor(saved).build();   // saved: null at first
    for (Page<Run> page : timbal.runs().listAll(failed).pages()) {
      write(page.items());
      save(page.nextCursor().orElse(null));                  // a checkpoint after each page
    }
    Page<Run> next = timbal.runs().list(failed.toBuilder().cursor(fromBrowser).build());   // "next page" for a UI
    // readme:end resume-listing
    write(next.items());
  }

  private static void write(java.util.List<Run> items) {
    items.forEach(System.out::println);
  }

  private static void save(String cursor) {
    System.out.println(cursor);
  }
}
