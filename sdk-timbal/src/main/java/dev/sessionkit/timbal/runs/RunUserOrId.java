package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a {@link RunUser} from a user object or from a bare user id string. */
final class RunUserOrId extends StdDeserializer<RunUser> {
  private static final long serialVersionUID = 1L;

  RunUserOrId() {
    super(RunUser.class);
  }

  @Override
  public RunUser deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return RunUser.builder().id(p.getText()).build();
    }
    return ctxt.readValue(p, RunUser.class);
  }
}
