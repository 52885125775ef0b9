package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's trace in either form that timbal's own client accepts ({@code Trace.__init__} in
 * python/timbal/state/tracing/trace.py, read by {@code PlatformTracingProvider.get}): a list of spans, as timbal
 * stores it, or an object of spans keyed by call id. Timbal's document leaves {@code trace} untyped ({@code {}}).
 */
final class TraceSpans extends StdDeserializer<List<TraceSpan>> {
  private static final long serialVersionUID = 1L;

  TraceSpans() {
    super(List.class);
  }

  @Override
  public List<TraceSpan> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken start = p.currentToken();
    if (start != JsonToken.START_ARRAY && start != JsonToken.START_OBJECT) {
      return ctxt.reportInputMismatch(this, "trace: expected a list of spans or an object of spans keyed by call id,"
          + " got %s", start);
    }
    JsonToken end = start == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
    List<TraceSpan> spans = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != end; t = p.nextToken()) {
      if (t == JsonToken.FIELD_NAME) {
        t = p.nextToken();
      }
      if (t == JsonToken.VALUE_NULL) {
        return ctxt.reportInputMismatch(this, "trace: a span is null");
      }
      spans.add(ctxt.readValue(p, TraceSpan.class));
    }
    return spans;
  }
}
