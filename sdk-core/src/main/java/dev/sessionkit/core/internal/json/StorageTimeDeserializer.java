package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * An {@link Instant} written by the server's storage rather than stamped by its host's clock: a naive time is
 * read in the client's storage zone ({@link SessionKitJson#storageTimeZone()}), UTC when the reader carries none.
 * Everything else reads as any other {@code Instant} does.
 *
 * <p>A server can keep two clocks: AgentScope's SQL storage writes its records' times as naive UTC, while the
 * same server stamps messages and events with its host's local {@code datetime.now()}. A model marks each
 * storage time with {@code @JsonDeserialize(contentUsing = StorageTimeDeserializer.class)} (an
 * {@code Optional<Instant>}) or {@code using} (an {@code Instant}).
 */
public final class StorageTimeDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  /** The {@code ObjectReader} attribute that holds the zone of the storage's naive timestamps. */
  static final String ZONE_ATTRIBUTE = "dev.sessionkit.storageTimeZone";

  private final InstantDeserializer instants = new InstantDeserializer(ZONE_ATTRIBUTE);

  /** Jackson instantiates it from the models' annotations. */
  public StorageTimeDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return instants.deserialize(p, ctxt);
  }
}
