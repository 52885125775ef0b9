package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * {@link Optional} support for the SDK's own mapper: null or absent reads as {@code Optional.empty()}.
 *
 * <p>The models expose nullable fields as {@code Optional}, and Jackson needs a module to bind them.
 * {@code jackson-datatype-jdk8} would do, but the SDK's only runtime dependency is Jackson databind, and
 * this is the small part of it the SDK needs.
 */
final class OptionalModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  OptionalModule() {
    super("SessionKitOptional");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addTypeModifier(new OptionalTypeModifier());
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findReferenceDeserializer(ReferenceType refType, DeserializationConfig config,
          BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
        if (refType.hasRawClass(Optional.class)) {
          return new OptionalDeserializer(refType, null, contentTypeDeserializer, contentDeserializer);
        }
        return null;
      }
    });
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType refType,
          BeanDescription beanDesc, TypeSerializer contentTypeSerializer, JsonSerializer<Object> contentValueSerializer) {
        if (refType.hasRawClass(Optional.class)) {
          return new OptionalSerializer(refType, true, contentTypeSerializer, contentValueSerializer);
        }
        return null;
      }
    });
  }

  /** Makes Jackson see {@code Optional<T>} as a reference to T. */
  private static final class OptionalTypeModifier extends TypeModifier implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
      if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
        return type;
      }
      return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
    }
  }

  private static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(JavaType fullType, ValueInstantiator inst, TypeDeserializer typeDeser,
        JsonDeserializer<?> deser) {
      super(fullType, inst, typeDeser, deser);
    }

    @Override
    protected ReferenceTypeDeserializer<Optional<?>> withResolved(TypeDeserializer typeDeser,
        JsonDeserializer<?> valueDeser) {
      return new OptionalDeserializer(_fullType, _valueInstantiator, typeDeser, valueDeser);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }
  }

  private static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalSerializer(ReferenceType fullType, boolean staticTyping, TypeSerializer vts, JsonSerializer<Object> ser) {
      super(fullType, staticTyping, vts, ser);
    }

    private OptionalSerializer(OptionalSerializer base, BeanProperty property, TypeSerializer vts,
        JsonSerializer<?> valueSer, NameTransformer unwrapper, Object suppressableValue, boolean suppressNulls) {
      super(base, property, vts, valueSer, unwrapper, suppressableValue, suppressNulls);
    }

    @Override
    protected ReferenceTypeSerializer<Optional<?>> withResolved(BeanProperty prop, TypeSerializer vts,
        JsonSerializer<?> valueSer, NameTransformer unwrapper) {
      return new OptionalSerializer(this, prop, vts, valueSer, unwrapper, _suppressableValue, _suppressNulls);
    }

    @Override
    public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressableValue, boolean suppressNulls) {
      return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
          suppressableValue, suppressNulls);
    }

    @Override
    protected boolean _isValuePresent(Optional<?> value) {
      return value.isPresent();
    }

    @Override
    protected Object _getReferenced(Optional<?> value) {
      return value.get();
    }

    @Override
    protected Object _getReferencedIfPresent(Optional<?> value) {
      return value.orElse(null);
    }
  }
}
