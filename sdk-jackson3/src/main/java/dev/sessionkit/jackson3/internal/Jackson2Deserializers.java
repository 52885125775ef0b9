package dev.sessionkit.jackson3.internal;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * Gives Jackson 3 a {@link Jackson2Deserializer} for each class that Jackson 2 must read. Jackson 3 asks custom
 * deserializers first, before it looks for a creator or materializes an abstract type, so an abstract model or
 * a sealed event interface reaches this too.
 */
public final class Jackson2Deserializers extends Deserializers.Base {
  /** One per module registration; holds no state. */
  public Jackson2Deserializers() {}

  @Override
  public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef) {
    return Jackson2Types.bridged(type.getRawClass()) ? new Jackson2Deserializer(type.getRawClass()) : null;
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef) {
    return findBeanDeserializer(type, config, beanDescRef);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return Jackson2Types.bridged(valueType);
  }
}
