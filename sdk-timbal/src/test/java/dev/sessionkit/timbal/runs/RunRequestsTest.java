package dev.sessionkit.timbal.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunRequestsTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void fromAfterToIsRefusedInTheBuilder() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ListRunsRequest.builder().from(MAR).to(JAN).build());

    assertEquals("ListRunsRequest: from (2026-03-01T00:00:00Z) must not be after to (2026-01-01T00:00:00Z)",
        e.getMessage());
  }

  @Test
  void fromEqualToToIsOneInstantAndAllowed() {
    ListRunsRequest r = ListRunsRequest.builder().from(JAN).to(JAN).build();

    assertEquals(Optional.of(JAN), r.from());
    assertEquals(Optional.of(JAN), r.to());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIdsAndFiltersAreRefusedNamingTheField(String blank) {
    assertEquals("orgId must not be blank (pass null to leave it unset)", assertThrows(IllegalArgumentException.class,
        () -> ListRunsRequest.builder().orgId(blank).build()).getMessage());
    assertEquals("projectId must not be blank (pass null to leave it unset)", assertThrows(
        IllegalArgumentException.class, () -> ListRunsRequest.builder().projectId(blank).build()).getMessage());
    for (String field : List.of("userId", "groupId", "workforceId", "rev", "metadata")) {
      ListRunsRequest.Builder b = ListRunsRequest.builder();
      switch (field) {
        case "userId": b.userId(blank); break;
        case "groupId": b.groupId(blank); break;
        case "workforceId": b.workforceId(blank); break;
        case "rev": b.rev(blank); break;
        default: b.metadata(blank); break;
      }
      assertEquals(field + " must not be blank (pass null to leave it unset)",
          assertThrows(IllegalArgumentException.class, b::build).getMessage());
    }
    assertEquals("status must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListRunsRequest.builder().status(blank)).getMessage());
    assertEquals("sentiment must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListRunsRequest.builder().sentiment(blank)).getMessage());
    assertEquals("runId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> GetRunRequest.builder().runId(blank).build()).getMessage());
    assertEquals("runId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> ListReactionsRequest.builder().runId(blank).build()).getMessage());
    assertEquals("runId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> CreateReactionRequest.builder().runId(blank).sentiment(Sentiment.POSITIVE).build()).getMessage());
    assertEquals("orgId must not be blank (pass null to leave it unset)", assertThrows(IllegalArgumentException.class,
        () -> GetRunRequest.builder().runId("r").orgId(blank).build()).getMessage());
    assertEquals("sentiment must not be blank",
        assertThrows(IllegalArgumentException.class, () -> CreateReactionRequest.builder().sentiment(blank))
            .getMessage());
  }

  @Test
  void aRequiredFieldLeftUnsetFailsTheBuildNamingItAndANullOneItsSetter() {
    assertEquals("Cannot build GetRunRequest, some of required attributes are not set [runId]",
        assertThrows(IllegalStateException.class, () -> GetRunRequest.builder().orgId("o").build()).getMessage());
    assertEquals("Cannot build ListReactionsRequest, some of required attributes are not set [runId]",
        assertThrows(IllegalStateException.class, () -> ListReactionsRequest.builder().build()).getMessage());
    assertEquals("Cannot build CreateReactionRequest, some of required attributes are not set [sentiment]",
        assertThrows(IllegalStateException.class, () -> CreateReactionRequest.builder().runId("r").build())
            .getMessage());
    assertEquals("sentiment", assertThrows(NullPointerException.class,
        () -> CreateReactionRequest.builder().sentiment((Sentiment) null)).getMessage());
    assertEquals("sentiment must not be null", assertThrows(NullPointerException.class,
        () -> CreateReactionRequest.builder().sentiment((String) null)).getMessage());
    assertEquals("runId", assertThrows(NullPointerException.class, () -> GetRunRequest.builder().runId(null))
        .getMessage());
  }

  @Test
  void nullUnsetsAnOptionalFilter() {
    ListRunsRequest r = ListRunsRequest.builder().orgId("o").userId("u").status("error").rev("main").build()
        .toBuilder().orgId((String) null).userId((String) null).status((String) null).rev((String) null).build();

    assertEquals(Optional.empty(), r.orgId());
    assertEquals(Optional.empty(), r.userId());
    assertEquals(Optional.empty(), r.status());
    assertEquals(Optional.empty(), r.rev());
  }

  @Test
  void toBuilderCopiesEveryField() {
    ListRunsRequest r = ListRunsRequest.builder().orgId("o").projectId("p").userId("u").status(RunStatus.SUCCESS)
        .sentiment("positive").groupId("g").workforceId("w").rev("main").from(JAN).to(MAR).metadata("{}")
        .roots(true).sortBy(RunSortField.DURATION_MS).sortOrder(SortOrder.ASC).build();

    ListRunsRequest copy = r.toBuilder().build();

    assertEquals(r.toString(), copy.toString());
    assertEquals("ListRunsRequest{orgId=o, projectId=p, userId=u, status=success, sentiment=positive, groupId=g,"
        + " workforceId=w, rev=main, from=2026-01-01T00:00:00Z, to=2026-03-01T00:00:00Z, metadata={}, roots=true,"
        + " sortBy=DURATION_MS, sortOrder=ASC}", copy.toString());
    assertEquals(r, copy);
    assertEquals(Optional.of(RunStatus.SUCCESS), copy.status());
    assertEquals(Optional.of(Sentiment.POSITIVE), copy.sentiment());
    assertEquals(Optional.of(true), copy.roots());
    assertEquals(Optional.of(false), copy.toBuilder().roots(false).build().roots());
    assertEquals(Optional.empty(), copy.toBuilder().roots(Optional.empty()).build().roots(),
        "an empty Optional leaves roots to the server");
    assertEquals(Optional.of(RunSortField.DURATION_MS), copy.sortBy());
    assertEquals(Optional.of(SortOrder.ASC), copy.sortOrder());
    assertEquals(Optional.of("w"), copy.workforceId());
    assertEquals(Optional.of("g"), copy.groupId());
    assertEquals(Optional.of("{}"), copy.metadata());

    GetRunRequest get = GetRunRequest.builder().runId("r").build().toBuilder().projectId("p2").build();
    assertEquals("GetRunRequest{projectId=p2, runId=r}", get.toString());
    CreateReactionRequest create = CreateReactionRequest.builder().runId("r").sentiment(Sentiment.NEGATIVE)
        .feedback("secret text").build().toBuilder().build();
    assertEquals(Optional.of("secret text"), create.feedback());
    // The feedback is the user's own text: it is not shown.
    assertEquals("CreateReactionRequest{runId=r, sentiment=negative}", create.toString());
  }
}
