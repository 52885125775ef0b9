package dev.sessionkit.agents.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A session's team as current servers send it (agentscope da00849: TeamDetailResponse, AgentView, TeamRecord
 * with its roster), every field read.
 */
class TeamDetailFieldsTest {
  private static final String AGENT = """
      {"id": "%s", "updated_at": "2026-08-01T10:00:00", "created_at": "2026-08-01T09:00:00", "user_id": "%s",
       "source": "user",
       "data": {"name": "%s", "system_prompt": "You're helpful.",
         "context_config": {"trigger_ratio": 0.8, "reserve_ratio": 0.1, "compression_prompt": "p",
           "summary_template": "t", "summary_schema": {}, "tool_result_limit": 50000, "max_image_num": 5},
         "react_config": {"max_iters": 50, "structured_output_grace_iters": 5, "stop_on_reject": false,
           "interruption_message": "I notice the interruption.", "interruption_raise_cancelled_error": true},
         "invite_config": {"invitable": true, "invite_description": "Reads contracts"}},
       "editable": %s}""";

  private final SessionKitJson json = new SessionKitJson(ZoneId.of("Asia/Shanghai"));

  @Test
  void aTeamWithAnInvitedMemberReadsEveryField() throws Exception {
    TeamDetail team = json.readerFor(TeamDetail.class).readValue("""
        {"team": {"id": "team-1", "updated_at": "2026-08-02T00:00:00", "created_at": "2026-08-01T23:00:00",
                  "user_id": "alice", "session_id": "s-lead", "leader_agent_id": "a-lead",
                  "data": {"name": "Legal", "description": "Contracts", "member_ids": ["a-bob"],
                    "members": [{"owner_id": "bob", "agent_id": "a-bob", "session_id": "s-bob", "role": "invited"},
                                {"owner_id": "alice", "agent_id": "a-tmp", "session_id": "s-tmp",
                                 "role": "seconded"}]}},
         "leader_agent": %s,
         "members": [{"agent": %s, "session_id": "s-bob"}]}"""
        .formatted(AGENT.formatted("a-lead", "alice", "Lead", "true"), AGENT.formatted("a-bob", "bob", "Bob", "false")));

    TeamRecord record = team.team();
    assertEquals(Optional.of("a-lead"), record.leaderAgentId());
    assertEquals("s-lead", record.sessionId());
    // Storage times: naive UTC, whatever the host zone.
    assertEquals(Optional.of(Instant.parse("2026-08-01T23:00:00Z")), record.createdAt());
    assertEquals(List.of("a-bob"), record.data().memberIds());
    TeamMembership bob = record.data().members().get(0);
    assertEquals("bob", bob.ownerId());
    assertEquals("a-bob", bob.agentId());
    assertEquals("s-bob", bob.sessionId());
    assertEquals(TeamMemberRole.INVITED, bob.role());
    TeamMemberRole unknown = record.data().members().get(1).role();
    assertEquals("seconded", unknown.value());
    assertFalse(unknown.isKnown());

    AgentRecord lead = team.leaderAgent().orElseThrow();
    assertTrue(lead.editable());
    assertEquals(Optional.of(Instant.parse("2026-08-01T09:00:00Z")), lead.createdAt());
    AgentData data = lead.data();
    assertEquals(Optional.empty(), data.id());
    InviteConfig invite = data.inviteConfig().orElseThrow();
    assertTrue(invite.invitable());
    assertEquals(Optional.of("Reads contracts"), invite.inviteDescription());
    ContextConfig context = data.contextConfig().orElseThrow();
    assertEquals(Optional.of(5), context.maxImageNum());
    assertEquals(Optional.of(50000), context.toolResultLimit());
    ReactConfig react = data.reactConfig().orElseThrow();
    assertEquals(Optional.of(5), react.structuredOutputGraceIters());
    assertEquals(Optional.of("I notice the interruption."), react.interruptionMessage());
    assertTrue(react.interruptionRaiseCancelledError());
    assertTrue(lead.additionalProperties().isEmpty());
    assertTrue(data.additionalProperties().isEmpty());
    assertTrue(react.additionalProperties().isEmpty());
    assertTrue(context.additionalProperties().isEmpty());

    TeamMember member = team.members().get(0);
    assertFalse(member.agent().editable());
    assertEquals(Optional.of("s-bob"), member.sessionId());
  }

  @Test
  void anOlderTeamWithoutTheRosterOrTheViewFieldsTakesTheDefaults() throws Exception {
    TeamRecord record = json.readerFor(TeamRecord.class).readValue("""
        {"id": "t", "user_id": "u", "session_id": "s", "data": {"name": "Old", "member_ids": ["a"]}}""");

    assertEquals(Optional.empty(), record.leaderAgentId());
    assertEquals(List.of(), record.data().members());
    assertFalse(AgentRecord.builder().id("a").userId("u").data(AgentData.builder().name("n").build()).build()
        .editable());
  }
}
