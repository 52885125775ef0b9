package dev.sessionkit.agents.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one typed id of the calls about one session, and the models that give it. */
class SessionRefTest {
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  @Test
  void holdsTheAgentAndTheSessionAndComparesByValue() {
    SessionRef ref = SessionRef.of("agt-7f3a", "sess-9c1e");

    assertEquals("agt-7f3a", ref.agentId());
    assertEquals("sess-9c1e", ref.sessionId());
    assertEquals(SessionRef.of("agt-7f3a", "sess-9c1e"), ref);
    assertEquals(SessionRef.of("agt-7f3a", "sess-9c1e").hashCode(), ref.hashCode());
    assertNotEquals(SessionRef.of("sess-9c1e", "agt-7f3a"), ref);
    assertNotEquals(SessionRef.of("agt-7f3a", "sess-other"), ref);
    assertFalse(ref.equals("agt-7f3a"));
    assertEquals("SessionRef[agentId=agt-7f3a, sessionId=sess-9c1e]", ref.toString());
  }

  @Test
  void refusesAMissingOrBlankIdNamingIt() {
    assertEquals("agentId must not be null",
        assertThrows(NullPointerException.class, () -> SessionRef.of(null, "s")).getMessage());
    assertEquals("sessionId must not be null",
        assertThrows(NullPointerException.class, () -> SessionRef.of("a", null)).getMessage());
    assertEquals("agentId must not be blank",
        assertThrows(IllegalArgumentException.class, () -> SessionRef.of(" ", "s")).getMessage());
    assertEquals("sessionId must not be blank",
        assertThrows(IllegalArgumentException.class, () -> SessionRef.of("a", "")).getMessage());
  }

  @Test
  void aListedSessionGivesItsRefWhichIsNotWrittenBackAsAField() throws Exception {
    SessionView view = json.readerFor(SessionView.class).readValue("""
        {"session": {"id": "sess-9c1e", "user_id": "alice", "agent_id": "agt-7f3a"}, "is_running": false}""");

    assertEquals(SessionRef.of("agt-7f3a", "sess-9c1e"), view.ref());
    assertEquals(view.ref(), view.session().ref());
    JsonNode written = SessionKitJson.mapper().valueToTree(view);
    assertFalse(written.has("ref"), written.toString());
    assertFalse(written.get("session").has("ref"), written.toString());
  }

  @Test
  void aRecordWithoutItsIdsFailsWhereItIsReadNotWhenItsRefIsTaken() {
    ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
        () -> json.readerFor(SessionRecord.class).readValue("""
            {"id": "sess-9c1e", "user_id": "alice", "agent_id": ""}"""));

    assertEquals("agentId must not be blank", e.getCause().getMessage());
    assertEquals("id must not be blank", assertThrows(IllegalArgumentException.class,
        () -> SessionRecord.builder().id(" ").userId("alice").agentId("agt-7f3a").build()).getMessage());
  }
}
