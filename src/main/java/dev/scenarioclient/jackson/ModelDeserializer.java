package dev.scenarioclient.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.google.gson.stream.JsonWriter;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Reads a model as {@link ScenarioJson#fromJson} does: the value's tokens are copied, numbers as
 * written, into JSON text that the model's Gson adapter reads.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;

  ModelDeserializer(Class<T> type) {
    super(type);
    this.type = type;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    StringWriter json = new StringWriter();
    JsonTokens.copy(parser, new JsonWriter(json));
    try {
      return ScenarioJson.fromJson(json.toString(), type);
    } catch (ScenarioInvalidResponseException e) {
      throw JsonMappingException.from(parser, "Cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
