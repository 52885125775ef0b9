package dev.sessionkit.jackson3.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/** What a Jackson 2 failure says, for the Jackson 3 exception that reports it. */
final class Jackson2Failures {
  private Jackson2Failures() {}

  /** Jackson 2's own message, without its location: that of a token buffer, which means nothing to a user. */
  static String message(IOException e) {
    return e instanceof JacksonException ? ((JacksonException) e).getOriginalMessage() : e.getMessage();
  }

  /**
   * Where in the value Jackson 2 failed, as a JSON Pointer ({@code /trace/2/t0}), or "" at the value itself.
   * Jackson 3 adds the path from the root of the document down to the value.
   */
  static String pointer(IOException e) {
    if (!(e instanceof JsonMappingException)) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
      if (r.getFieldName() != null) {
        pointer.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        pointer.append('/').append(r.getIndex());
      }
    }
    return pointer.toString();
  }
}
