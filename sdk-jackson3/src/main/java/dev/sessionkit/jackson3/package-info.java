/**
 * SessionKit's models in a Jackson 3 application (Spring Boot 4, or any {@code tools.jackson} mapper); start at
 * {@link dev.sessionkit.jackson3.SessionKitModule}.
 *
 * <h2>Use</h2>
 * Add {@code dev.sessionkit:sdk-jackson3} beside the SDK. Spring Boot 4 registers every {@code JacksonModule}
 * that {@link java.util.ServiceLoader} finds, so nothing else is needed there; a mapper of your own finds it
 * with {@code findAndAddModules()}, or takes it by hand:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * JsonMapper same = JsonMapper.builder().addModule(new SessionKitModule()).build();
 * String json = mapper.writeValueAsString(runDetail);          // the JSON SessionKit's Jackson 2 mapper writes
 * RunDetail back = mapper.readValue(json, RunDetail.class);    // equals runDetail
 * }</pre>
 *
 * <h2>What it does</h2>
 * The SDK is built on Jackson 2: its models are read through Jackson 2 databind annotations
 * ({@code @JsonDeserialize(builder = …)}), which Jackson 3 ignores, and they carry Jackson 2's {@code JsonNode}
 * ({@code additionalProperties()}, a run's {@code status_detail}, a span's input and output), which Jackson 3
 * would write as a bean ({@code {"nodeType": "OBJECT", "array": false, …}}) and cannot read at all. This module
 * hands each such value to the SDK's own Jackson 2 configuration and streams the tokens across: Jackson 2 writes
 * the value and every token goes to the Jackson 3 generator as it is (pretty printing, and formats other than
 * JSON, work as for any other value); a read copies the Jackson 3 parser's tokens into a Jackson 2 buffer that
 * the SDK's reader binds. Numbers keep their exact type ({@code BigDecimal}, {@code BigInteger}, {@code long}):
 * no money goes through {@code double}. A value the SDK cannot read fails with a Jackson 3
 * {@code MismatchedInputException} that carries Jackson 2's message and path (Spring answers such a body with
 * 400), the Jackson 2 exception as its cause.
 *
 * <p>The values it takes over: Jackson 2's {@code com.fasterxml.jackson.databind.JsonNode} and its subclasses,
 * also inside your own classes; and every class of a {@code dev.sessionkit.} package that is, or extends or
 * implements a type that is, annotated with a Jackson 2 databind annotation ({@code @JsonDeserialize},
 * {@code @JsonSerialize}), or is an open value ({@link dev.sessionkit.core.json.OpenValue}). That covers the
 * models of every vendor module without depending on any of them: sdk-core and Jackson 2 are its only run-time
 * dependencies besides the application's Jackson 3. Naive times in JSON read as UTC, the SDK's default (a
 * client reads them in its {@code serverTimeZone}); SessionKit writes every time with its offset, so a value
 * written and read back is the value it was.
 *
 * <h2>Versions and limits</h2>
 * Built against Jackson 3.3 and tested also with 3.1.4 (Spring Boot 4.0's); Jackson 3 is a {@code provided}
 * dependency, so the application's version is the one used. Jackson 3.3 needs {@code jackson-annotations} 2.23
 * or newer, which Spring Boot and Jackson 3's BOM pin. Not supported: {@code @JsonUnwrapped} on a property
 * that holds a SessionKit model or a {@code JsonNode}, and polymorphic type ids (default typing,
 * {@code @JsonTypeInfo}) around one.
 *
 * <h2>Why a module, not an SDK-owned JSON type</h2>
 * Issue 16 weighed two designs: this module, or a JSON value type of the SDK's own in place of Jackson 2's
 * {@code JsonNode} in the public API (as openai-java has its {@code JsonValue}). The module was chosen: the
 * SDK's runtime stays Jackson 2 only, and a Jackson 2 user keeps {@code JsonNode}; replacing {@code JsonNode}
 * in every vendor module's public API would be a large breaking change, just after the 1.0 API rules settled
 * that API; and sdk-agents has about 8 KB left of its 3 MB class-path budget, which a JSON type of its own would
 * not fit in. A Jackson 3 user adds one artifact.
 *
 * <p>Null policy: parameters and return values are never null unless documented.
 */
package dev.sessionkit.jackson3;
