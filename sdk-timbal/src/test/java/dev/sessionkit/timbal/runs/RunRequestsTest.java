package dev.sessionkit.timbal.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
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
    assertEquals("orgId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListRunsRequest.builder().orgId(blank)).getMessage());
    assertEquals("projectId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListRunsRequest.builder().projectId(blank)).getMessage());
    assertEquals("userId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListRunsRequest.builder().userId(blank)).getMessage());
    assertEquals("status must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListRunsRequest.builder().status(blank)).getMessage());
    assertEquals("runId must not be null or blank",
        assertThrows(IllegalArgumentException.class, () -> GetRunRequest.builder().runId(blank)).getMessage());
    assertEquals("runId must not be null or blank",
        assertThrows(IllegalArgumentException.class, () -> ListReactionsRequest.builder().runId(blank)).getMessage());
    assertEquals("sentiment must not be null or blank",
        assertThrows(IllegalArgumentException.class, () -> CreateReactionRequest.builder().sentiment(blank))
            .getMessage());
  }

  @Test
  void aRequiredFieldLeftUnsetFailsTheBuildNamingIt() {
    assertEquals("GetRunRequest: runId is required but was not set",
        assertThrows(IllegalStateException.class, () -> GetRunRequest.builder().orgId("o").build()).getMessage());
    assertEquals("ListReactionsRequest: runId is required but was not set",
        assertThrows(IllegalStateException.class, () -> ListReactionsRequest.builder().build()).getMessage());
    assertEquals("CreateReactionRequest: sentiment is required but was not set",
        assertThrows(IllegalStateException.class, () -> CreateReactionRequest.builder().runId("r").build())
            .getMessage());
    assertEquals("sentiment must not be null", assertThrows(IllegalArgumentException.class,
        () -> CreateReactionRequest.builder().sentiment((Sentiment) null)).getMessage());
  }

  @Test
  void nullUnsetsAnOptionalFilter() {
    ListRunsRequest r = ListRunsRequest.builder().orgId("o").userId("u").status("error").rev("main").build()
        .toBuilder().orgId(null).userId(null).status((String) null).rev(null).build();

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
    assertEquals("ListRunsRequest[orgId=o, projectId=p, userId=u, status=success, sentiment=positive, groupId=g,"
        + " workforceId=w, rev=main, from=2026-01-01T00:00:00Z, to=2026-03-01T00:00:00Z, metadata={}, roots=true,"
        + " sortBy=DURATION_MS, sortOrder=ASC]", copy.toString());
    assertEquals(Optional.of(RunStatus.SUCCESS), copy.status());
    assertEquals(Optional.of(Sentiment.POSITIVE), copy.sentiment());
    assertEquals(Optional.of(true), copy.roots());
    assertEquals(Optional.of(RunSortField.DURATION_MS), copy.sortBy());
    assertEquals(Optional.of(SortOrder.ASC), copy.sortOrder());
    assertEquals(Optional.of("w"), copy.workforceId());
    assertEquals(Optional.of("g"), copy.groupId());
    assertEquals(Optional.of("{}"), copy.metadata());

    GetRunRequest get = GetRunRequest.builder().runId("r").build().toBuilder().projectId("p2").build();
    assertEquals("GetRunRequest[orgId=(default), projectId=p2, runId=r]", get.toString());
    CreateReactionRequest create = CreateReactionRequest.builder().runId("r").sentiment(Sentiment.NEGATIVE)
        .feedback("secret text").build().toBuilder().build();
    assertEquals(Optional.of("secret text"), create.feedback());
    assertEquals("CreateReactionRequest[orgId=(default), projectId=(default), runId=r, sentiment=negative,"
        + " feedback=11 chars]", create.toString());
  }
}
