package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a server's field named {@code additionalProperties} an unknown field like any other.
 *
 * <p>Every model keeps unknown fields in {@code additionalProperties()} ({@code @JsonAnyGetter}), and
 * Immutables gives its builder both the any-setter and a plain {@code additionalProperties(Map)} setter that
 * Jackson sees as a property of that name. A body with {@code "additionalProperties": …} would then replace
 * the unknown fields read so far, or fail on a value that is no object. Removing that property from the
 * builders that have an any-setter sends such a field to the any-setter, where it belongs.
 */
final class UnknownFieldsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The name of every model's map of unknown fields. */
  static final String UNKNOWN_FIELDS = "additionalProperties";

  UnknownFieldsModule() {
    super("SessionKitUnknownFields");
    setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public List<BeanPropertyDefinition> updateProperties(DeserializationConfig config, BeanDescription beanDesc,
          List<BeanPropertyDefinition> properties) {
        if (beanDesc.findAnySetterAccessor() == null) {
          return properties;
        }
        List<BeanPropertyDefinition> kept = new ArrayList<>(properties);
        kept.removeIf(p -> p.getName().equals(UNKNOWN_FIELDS));
        return kept;
      }
    });
  }
}
