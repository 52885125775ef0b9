package dev.sessionkit.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/** Gives Jackson 3 a {@link Jackson2Serializer} for each class that Jackson 2 must write. */
public final class Jackson2Serializers extends Serializers.Base {
  /** One per module registration; holds no state. */
  public Jackson2Serializers() {}

  @Override
  public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
    return Jackson2Types.bridged(type.getRawClass()) ? new Jackson2Serializer(type.getRawClass()) : null;
  }
}
