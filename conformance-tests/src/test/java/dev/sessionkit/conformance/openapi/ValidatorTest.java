package dev.sessionkit.conformance.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validator rejects what the documents forbid, OpenAPI 3.1 constructs first: a validator that accepts
 * everything (swagger-request-validator 2.x does, on a 3.1 document) would make every other test pass. Each
 * case is one rule broken once.
 */
class ValidatorTest {
  private static final String TIMBAL = "timbal/openapi.runs.json";
  private static final String SYNTROPIC = "syntropic/openapi.sessions.json";
  private static final String AGENTSCOPE = "agentscope/openapi.assembled.json";
  private static final String RUNS = "/orgs/o/projects/p/runs";

  @ParameterizedTest(name = "{0} {1} {2} -> {3}: {4}")
  @CsvSource(delimiter = '|', value = {
      "syntropic/openapi.sessions.json   | GET  | /sessions            | 200 | {\"sessions\":[{\"id\":\"a\",\"workflow_id\":3,\"phase_id\":null,\"status\":\"x\",\"agent_provider\":null}],\"total\":1}",
      "syntropic/openapi.sessions.json   | GET  | /sessions            | 200 | {\"sessions\":[],\"total\":\"many\"}",
      "syntropic/openapi.sessions.json   | GET  | /sessions            | 200 | {\"sessions\":[{\"id\":\"a\",\"workflow_id\":null,\"phase_id\":null,\"agent_provider\":null}]}",
      "syntropic/openapi.sessions.json   | GET  | /sessions/a          | 200 | {\"id\":\"a\",\"workflow_id\":null,\"phase_id\":null,\"milestone_id\":null,\"agent_provider\":null,\"agent_model\":null,\"status\":\"x\",\"total_cost_usd\":\"1.2.3\"}",
      "syntropic/openapi.sessions.json   | GET  | /sessions/a          | 404 | {\"error\":\"not found\"}",
      "syntropic/openapi.sessions.json   | GET  | /sessions/a          | 500 | {\"detail\":\"boom\"}",
      "timbal/openapi.runs.json          | GET  | /orgs/o/projects/p/runs | 200 | {\"runs\":[],\"next_page_token\":5}",
      "timbal/openapi.runs.json          | GET  | /orgs/o/projects/p/runs | 404 | {\"detail\":\"not found\"}",
      "timbal/openapi.runs.json          | GET  | /orgs/o/projects/p/runs/r | 200 | {\"id\":\"r\",\"user\":{},\"status\":\"success\",\"cost_usd\":1,\"cost_credits\":1,\"created_at\":\"2026-08-20T09:14:04\",\"idempotency_key\":\"k\"}",
      "agentscope/openapi.assembled.json | POST | /sessions/           | 201 | {\"session\":\"s\"}",
      "agentscope/openapi.assembled.json | GET  | /sessions/s/messages | 200 | {\"messages\":[],\"is_running\":false}",
      "agentscope/openapi.assembled.json | PATCH | /sessions/s         | 200 | {\"user_id\":\"u\",\"agent_id\":\"a\",\"config\":{\"workspace_id\":\"w\"},\"created_at\":\"yesterday\"}",
      "agentscope/openapi.assembled.json | DELETE | /sessions/s        | 204 | {\"deleted\":true}",
      "agentscope/openapi.assembled.json | GET  | /sessions/s/status   | 200 | {\"status\":\"idle\"}",
  })
  void aResponseThatBreaksTheDocumentIsRejected(String document, String method, String path, int status, String body) {
    List<Violation> violations = new ExchangeValidator(VendorDocument.load(document), "")
        .response(Exchanges.response(method, path, status, body));
    assertFalse(violations.isEmpty(), "accepted " + body);
  }

  @ParameterizedTest(name = "{0} {1} {2}?{3} {4} {5}")
  @CsvSource(delimiter = '|', value = {
      TIMBAL + "   | GET | " + RUNS + " | sort_by=name        | authorization=Bearer k |",
      TIMBAL + "   | GET | " + RUNS + " | sort_order=up       | authorization=Bearer k |",
      TIMBAL + "   | GET | " + RUNS + " | from=yesterday      | authorization=Bearer k |",
      TIMBAL + "   | GET | " + RUNS + " | roots=yes           | authorization=Bearer k |",
      TIMBAL + "   | GET | " + RUNS + " | limit=10            | authorization=Bearer k |",
      TIMBAL + "   | GET | " + RUNS + " | status=a&status=b   | authorization=Bearer k |",
      TIMBAL + "   | GET | " + RUNS + " |                     | x-api-key=k            |",
      TIMBAL + "   | POST | " + RUNS + "/r/reactions |        | authorization=Bearer k | {\"feedback\":\"no sentiment\"}",
      TIMBAL + "   | GET | " + RUNS + "/r |                   | authorization=Bearer k | {\"unexpected\":\"body\"}",
      SYNTROPIC + " | GET | /sessions | limit=201                | x=y |",
      SYNTROPIC + " | GET | /sessions | started_after=yesterday  | x=y |",
      SYNTROPIC + " | GET | /sessions | page=2                   | x=y |",
      AGENTSCOPE + " | GET | /sessions/ | agent_id=a             | x=y |",
      AGENTSCOPE + " | GET | /sessions/ |                        | x-user-id=alice |",
      AGENTSCOPE + " | GET | /sessions  | agent_id=a             | x-user-id=alice |",
      AGENTSCOPE + " | GET | /sessions/s/messages | agent_id=a&limit=0 | x-user-id=alice |",
      AGENTSCOPE + " | GET | /sessions/s/messages | agent_id=a&offset=50 | x-user-id=alice |",
      AGENTSCOPE + " | POST | /sessions/ |                       | x-user-id=alice | {\"name\":\"no agent\"}",
      AGENTSCOPE + " | PATCH | /sessions/s | agent_id=a          | x-user-id=alice | {\"permission_mode\":\"yolo\"}",
      AGENTSCOPE + " | POST | /chat/ |                           | x-user-id=alice | {\"agent_id\":\"a\",\"session_id\":\"s\"}",
  })
  void aRequestThatBreaksTheDocumentIsRejected(String document, String method, String path, String query,
      String header, String body) {
    assertFalse(requestViolations(document, method, path, query, header, body).isEmpty(),
        "accepted " + method + " " + path + "?" + query + " " + body);
  }

  @ParameterizedTest(name = "{0} {1} {2}?{3}")
  @CsvSource(delimiter = '|', value = {
      TIMBAL + "   | GET | " + RUNS + " | sort_by=cost_credits&sort_order=desc&from=1729540800000&roots=true | authorization=Bearer k |",
      SYNTROPIC + " | GET | /sessions | started_after=2026-05-01T00:00:00Z&limit=200&statuses=running,failed | x=y |",
      AGENTSCOPE + " | GET | /sessions/s/messages | agent_id=a&before=m-1&limit=200 | x-user-id=alice |",
      AGENTSCOPE + " | PATCH | /sessions/s | agent_id=a | x-user-id=alice | {\"cwd\":null,\"permission_mode\":\"explore\"}",
  })
  void aRequestThatKeepsTheDocumentIsAccepted(String document, String method, String path, String query,
      String header, String body) {
    assertEquals(List.of(), requestViolations(document, method, path, query, header, body));
  }

  /** The violations of one request; the header is {@code name=value}, a null query or body is none. */
  private static List<Violation> requestViolations(String document, String method, String path, String query,
      String header, String body) {
    String[] h = header.split("=", 2);
    return new ExchangeValidator(VendorDocument.load(document), "").request(Exchanges.request(method, path,
        query == null ? "" : query, Map.of(h[0], h[1]), body == null ? "" : body));
  }
}
