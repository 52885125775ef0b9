package dev.sessionkit.syntropic.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionkit.syntropic.internal.SessionsQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request builder's checks and the query it puts on the wire. */
class ListSessionsRequestTest {

  private static List<String> query(ListSessionsRequest r) {
    return SessionsQuery.listRequest(r).build().query().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
  void aLimitOutsideOneTo200IsRefusedNamingTheLimit(int limit) {
    ListSessionsRequest.Builder b = ListSessionsRequest.builder();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.limit(limit).build());

    assertEquals("limit must be between 1 and 200, was " + limit, e.getMessage());
  }

  @Test
  void theLimitsBoundsAreAccepted() {
    assertEquals(Optional.of(1), ListSessionsRequest.builder().limit(1).build().limit());
    assertEquals(Optional.of(200), ListSessionsRequest.builder().limit(200).build().limit());
    assertEquals(Optional.empty(), ListSessionsRequest.builder().build().limit());
  }

  @Test
  void statusesAreCheckedBecauseTheyAreSentCommaJoined() {
    ListSessionsRequest.Builder b = ListSessionsRequest.builder();

    assertEquals("statuses[0] must not contain a comma (the wire separator), was \"running,failed\"",
        assertThrows(IllegalArgumentException.class, () -> b.statuses(List.of("running,failed")).build())
            .getMessage());
    assertEquals("statuses[1] must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.statuses(List.of("running", " ")).build())
            .getMessage());
    assertEquals("statuses element",
        assertThrows(NullPointerException.class, () -> b.statuses(Arrays.asList("running", null))).getMessage());
    assertEquals("statuses[1] must not be null", assertThrows(NullPointerException.class,
        () -> b.statuses(SessionStatus.RUNNING, null)).getMessage());
    b.statuses(List.of());
    assertEquals("status must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> b.status("").build()).getMessage());
    b.status((String) null);
    assertEquals("workflowId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> b.workflowId(" ").build()).getMessage());
    b.workflowId((String) null);
    assertEquals("q must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> b.q("\t").build()).getMessage());
  }

  @Test
  void statusesReplaceEarlierOnesAndCopyTheCallersList() {
    List<String> mine = new ArrayList<>(List.of("running"));
    ListSessionsRequest.Builder b = ListSessionsRequest.builder().statuses(List.of("failed")).statuses(mine);
    mine.add("failed");

    assertEquals(List.of("running"), b.build().statuses());
    assertEquals(List.of("completed", "cancelled"),
        b.statuses(SessionStatus.COMPLETED, SessionStatus.CANCELLED).build().statuses());
    assertEquals(List.of(), b.statuses((List<String>) null).build().statuses());
  }

  @Test
  void onlyStatusesIsSentWhenBothAreSet() {
    ListSessionsRequest both = ListSessionsRequest.builder().status("pending").statuses(List.of("running", "failed"))
        .build();
    ListSessionsRequest single = both.toBuilder().statuses(List.of()).build();

    assertEquals(List.of("statuses=running,failed"), query(both));
    assertEquals(Optional.of("pending"), both.status());
    assertEquals(List.of("status=pending"), query(single));
  }

  @Test
  void timesAreSentInUtcWithZAndRoundedOutwardsToMicroseconds() {
    ListSessionsRequest r = ListSessionsRequest.builder()
        .startedAfter(Instant.parse("2026-05-01T00:00:00.123456789Z"))
        .startedBefore(Instant.parse("2026-05-02T10:15:30.999999999Z"))
        .build();
    ListSessionsRequest whole = ListSessionsRequest.builder()
        .startedAfter(Instant.parse("2026-05-01T00:00:00Z"))
        .startedBefore(Instant.parse("2026-05-01T00:00:00.5Z"))
        .build();

    // The lower bound rounds up and the upper one down: the server keeps microseconds, so the same
    // sessions match as with the nanosecond bounds, and Pydantic refuses more than 6 fraction digits.
    assertEquals(List.of("started_after=2026-05-01T00:00:00.123457Z", "started_before=2026-05-02T10:15:30.999999Z"),
        query(r));
    assertEquals(List.of("started_after=2026-05-01T00:00:00Z", "started_before=2026-05-01T00:00:00.500Z"),
        query(whole));
  }

  @Test
  void boundsInTheWrongOrderAreRefusedButEqualBoundsAreOne() {
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    ListSessionsRequest.Builder wrong = ListSessionsRequest.builder().startedAfter(t.plusSeconds(1)).startedBefore(t);

    IllegalStateException e = assertThrows(IllegalStateException.class, wrong::build);

    assertEquals("ListSessionsRequest: startedAfter (2026-05-01T00:00:01Z) must not be after startedBefore (2026-05-01T00:00:00Z)",
        e.getMessage());
    assertEquals(Optional.of(t), ListSessionsRequest.builder().startedAfter(t).startedBefore(t).build().startedAfter());
  }

  @Test
  void aRequestKeepsItsFiltersThroughToBuilderAndComparesByValue() {
    ListSessionsRequest r = ListSessionsRequest.builder().workflowId("wf").status(SessionStatus.RUNNING)
        .statuses(List.of("failed")).startedAfter(Instant.EPOCH).startedBefore(Instant.EPOCH.plusSeconds(9)).limit(7)
        .build();

    ListSessionsRequest copy = r.toBuilder().build();

    assertEquals(r, copy);
    assertEquals(r.hashCode(), copy.hashCode());
    assertNotEquals(r, r.toBuilder().limit(8).build());
    assertNotEquals(r, r.toBuilder().workflowId((String) null).build());
    assertEquals("ListSessionsRequest{workflowId=wf, status=running, statuses=[failed], startedAfter=1970-01-01T00:00:00Z,"
        + " startedBefore=1970-01-01T00:00:09Z, limit=7}", r.toString());
    assertEquals(List.of("workflow_id=wf", "statuses=failed", "started_after=1970-01-01T00:00:00Z",
        "started_before=1970-01-01T00:00:09Z"), query(r));
  }
}
