package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's JSON configuration: one {@link ObjectMapper}, private to the SDK, so that neither the user's
 * Jackson settings change how SessionKit reads nor SessionKit's change the user's. Each client has a
 * {@code SessionKitJson} that carries its zones into every read: the server host's clock, and its storage's
 * (which may stamp times in another zone, see {@link StorageTimeDeserializer}).
 */
public final class SessionKitJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new OptionalModule())
      // Instant is the only java.time type in the models: these two replace jackson-datatype-jsr310, which
      // would add 137 KB to every class path and ~75 classes to every cold start for them.
      .addModule(new SimpleModule("SessionKitScalars")
          .addDeserializer(Instant.class, new InstantDeserializer())
          .addSerializer(Instant.class, ToStringSerializer.instance)
          .addDeserializer(BigDecimal.class, new DecimalDeserializer()))
      // Unknown fields land in additionalProperties() through @JsonAnySetter; elsewhere they are ignored.
      .addModule(new UnknownFieldsModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // Money and any float: exact, never double.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // A body with garbage after the value is malformed, not "the first value".
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // The transport owns the body stream: it reads it to the end after parsing (so the connection is
      // reused) and then closes it. Jackson must not close it first.
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      // A null element of a list ([null, {…}]) is a malformed page, reported as such; bound as a null
      // item it would surface later as a NullPointerException in user code or in List.copyOf.
      // Iterable too: a model's list is set through its builder's x(Iterable<? extends T>), and Jackson
      // looks the rule up by the setter's parameter type.
      .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
      .withConfigOverride(Iterable.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
      // Models are read through their builders: a JSON null leaves the attribute as if it were absent
      // (empty Optional, empty list, its default; "not set" for a required one, which build() reports by
      // name) instead of reaching a builder method that refuses null with a bare NullPointerException.
      .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
      .build();

  private final ZoneId serverTimeZone;
  private final ZoneId storageTimeZone;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  /** Reads naive times in {@code serverTimeZone}, and storage times in UTC. */
  public SessionKitJson(ZoneId serverTimeZone) {
    this(serverTimeZone, ZoneOffset.UTC);
  }

  /**
   * @param serverTimeZone the zone of naive times stamped by the server host's clock
   * @param storageTimeZone the zone of naive times that a model marks as written by the server's storage
   *     ({@link StorageTimeDeserializer})
   */
  public SessionKitJson(ZoneId serverTimeZone, ZoneId storageTimeZone) {
    this.serverTimeZone = Objects.requireNonNull(serverTimeZone, "serverTimeZone");
    this.storageTimeZone = Objects.requireNonNull(storageTimeZone, "storageTimeZone");
  }

  /** The shared mapper, for writing request bodies and building types. Never hand it to user code. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The zone in which this client reads naive timestamps. */
  public ZoneId serverTimeZone() {
    return serverTimeZone;
  }

  /** The zone in which this client reads the naive times of the server's storage. */
  public ZoneId storageTimeZone() {
    return storageTimeZone;
  }

  /** A reader for the type, with this client's zones; cached. */
  public ObjectReader readerFor(Type type) {
    return readers.computeIfAbsent(type, t -> {
      JavaType javaType = MAPPER.getTypeFactory().constructType(t);
      return MAPPER.readerFor(javaType)
          .withAttribute(InstantDeserializer.ZONE_ATTRIBUTE, serverTimeZone)
          .withAttribute(StorageTimeDeserializer.ZONE_ATTRIBUTE, storageTimeZone);
    });
  }
}
