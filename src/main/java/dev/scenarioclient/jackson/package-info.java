/**
 * Jackson support for the models: {@link dev.scenarioclient.jackson.ScenarioJacksonModule} makes a
 * Jackson 2 {@code ObjectMapper} (for example Spring Boot 3's) write every model of
 * {@code dev.scenarioclient.models} as exactly the JSON {@link dev.scenarioclient.ScenarioJson}
 * writes, and read it back, unknown fields and enumeration values included.
 *
 * <p>Jackson is an optional dependency of this library: nothing in this package is loaded unless
 * your application uses it, and your application brings its own {@code jackson-databind}.
 */
@NullMarked
package dev.scenarioclient.jackson;

import org.jspecify.annotations.NullMarked;
