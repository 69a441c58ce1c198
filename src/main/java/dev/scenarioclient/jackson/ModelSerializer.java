package dev.scenarioclient.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.gson.stream.JsonReader;
import dev.scenarioclient.ScenarioJson;
import java.io.IOException;
import java.io.StringReader;

/** Writes a model as {@link ScenarioJson#toJson} does, token by token through Jackson's generator. */
final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  ModelSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    JsonTokens.copy(new JsonReader(new StringReader(ScenarioJson.toJson(value))), generator);
  }
}
