package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import dev.sessionkit.core.testing.VendorDataFolder;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * FakeTimbal's bodies against Timbal's own documents ({@code ../shared/vendor-data/timbal}): every field the fake
 * sends is a property of the schema, with a value of the schema's type, and every required property is there.
 * Skipped with one message where the documents are absent, as in a user's clone.
 */
class FakeTimbalDocumentsTest {
  private static JsonNode document(String file) throws IOException {
    return new ObjectMapper().readTree(VendorDataFolder.of("timbal").resolve(file).toFile());
  }

  /** One object schema of a document: its properties ({@code allOf} merged) and their required subset. */
  private record Schema(JsonNode document, Map<String, JsonNode> properties, Set<String> required) {
    static Schema of(JsonNode document, String name) {
      Map<String, JsonNode> properties = new TreeMap<>();
      Set<String> required = new TreeSet<>();
      collect(document, document.at("/components/schemas/" + name), properties, required);
      return new Schema(document, properties, required);
    }

    private static void collect(JsonNode document, JsonNode s, Map<String, JsonNode> properties, Set<String> required) {
      if (s.has("$ref")) {
        collect(document, document.at(s.get("$ref").asText().substring(1)), properties, required);
        return;
      }
      s.path("allOf").forEach(part -> collect(document, part, properties, required));
      s.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
      s.path("required").forEach(r -> required.add(r.asText()));
    }

    /** The JSON types a property allows: {@code type} (a name or a list), {@code oneOf}, a {@code $ref}'s. */
    Set<String> types(JsonNode p) {
      Set<String> types = new HashSet<>();
      if (p.has("$ref")) {
        JsonNode target = document.at(p.get("$ref").asText().substring(1));
        types.addAll(target.isMissingNode() ? Set.of() : types(target));
        if (target.has("properties")) {
          types.add("object");
        }
      }
      p.path("oneOf").forEach(alt -> types.addAll(types(alt)));
      JsonNode t = p.get("type");
      if (t != null && t.isArray()) {
        t.forEach(x -> types.add(x.asText()));
      } else if (t != null) {
        types.add(t.asText());
      }
      return types;
    }

    void assertBody(String what, JsonNode body) {
      Set<String> fields = new TreeSet<>();
      body.properties().forEach(e -> fields.add(e.getKey()));
      Set<String> undocumented = new TreeSet<>(fields);
      undocumented.removeAll(properties.keySet());
      assertEquals(Set.of(), undocumented, what + ": fields the document does not have");
      Set<String> missing = new TreeSet<>(required);
      missing.removeAll(fields);
      assertEquals(Set.of(), missing, what + ": required fields missing");
      for (Map.Entry<String, JsonNode> e : body.properties()) {
        Set<String> allowed = types(properties.get(e.getKey()));
        String type = jsonType(e.getValue());
        // JSON Schema: an integer is a number too.
        assertTrue(allowed.isEmpty() || allowed.contains(type) || type.equals("integer") && allowed.contains("number"),
            what + "." + e.getKey() + " is " + e.getValue() + ", the document allows " + allowed);
      }
    }

    private static String jsonType(JsonNode v) {
      if (v.isNull()) {
        return "null";
      }
      if (v.isIntegralNumber()) {
        return "integer";
      }
      return v.isNumber() ? "number" : v.isTextual() ? "string" : v.isBoolean() ? "boolean"
          : v.isArray() ? "array" : "object";
    }
  }

  @Test
  void runsRunDetailsAndReactionsHaveTheFieldsOfTheAugust2026Document() throws IOException {
    JsonNode doc = document("openapi.runs.json");
    Schema preview = Schema.of(doc, "RunPreview");
    Schema detail = Schema.of(doc, "RunDetail");
    Schema user = Schema.of(doc, "UserRef");
    Schema workforce = Schema.of(doc, "WorkforcePreview");
    Schema reaction = Schema.of(doc, "Reaction");
    Schema listing = Schema.of(doc, "ListRunsResBody");
    Schema reactions = Schema.of(doc, "ListReactionsResBody");
    try (FakeTimbal fake = FakeTimbal.builder().runs(80).pageSize(30).start()) {
      fake.addRun(new FakeTimbal.RunSpec().id("made-up").workforceId("wf_gone").userId("usr_gone"));
      int reacted = 0;
      for (JsonNode run : FakeTimbalTest.allRuns(fake, "")) {
        String id = run.get("id").asText();
        preview.assertBody("run " + id, run);
        user.assertBody("run " + id + ".user", run.get("user"));
        workforce.assertBody("run " + id + ".workforce", run.get("workforce"));
        JsonNode one = FakeTimbalTest.get(fake, "/runs/" + id).json();
        detail.assertBody("run detail " + id, one);
        user.assertBody("run detail " + id + ".user", one.get("user"));
        JsonNode page = FakeTimbalTest.get(fake, "/runs/" + id + "/reactions").json();
        reactions.assertBody("reactions of " + id, page);
        for (JsonNode x : page.get("reactions")) {
          reaction.assertBody("reaction of " + id, x);
          user.assertBody("reaction of " + id + ".user", x.get("user"));
          reacted++;
        }
      }
      listing.assertBody("a page of runs", FakeTimbalTest.get(fake, "/runs").json());
      assertTrue(reacted > 0, "some runs have reactions");
    }
  }

  @ParameterizedTest
  @EnumSource(FakeTimbal.ComposeShape.class)
  void composeSessionsHaveTheFieldsOfTheirShapesDocument(FakeTimbal.ComposeShape shape) throws IOException {
    JsonNode doc = document(shape == FakeTimbal.ComposeShape.APRIL_2026 ? "openapi.compose-09d61f1.json"
        : "openapi.compose-d8af300.json");
    Schema session = Schema.of(doc, "ProjectSession");
    Schema detail = Schema.of(doc, "SessionDetail");
    try (FakeTimbal fake = FakeTimbal.builder().composeShape(shape).start()) {
      fake.addComposeSession(new FakeTimbal.ComposeSessionSpec().id("empty").messages(0));
      List<String> ids = FakeTimbalTest.ids(FakeTimbalTest.get(fake, "/compose/sessions").json());
      assertEquals(21, ids.size());
      for (JsonNode s : FakeTimbalTest.get(fake, "/compose/sessions").json()) {
        session.assertBody(shape + " session " + s.get("id").asText(), s);
        detail.assertBody(shape + " session detail " + s.get("id").asText(),
            FakeTimbalTest.get(fake, "/compose/sessions/" + s.get("id").asText()).json());
      }
    }
  }
}
