package dev.scenarioclient;

import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads response bodies with {@link ScenarioJson}, leniently or strictly, and refuses a body that
 * does not declare JSON, so that an HTML page from a proxy becomes a clear error instead of a parse
 * failure deep in the JSON.
 */
final class JsonConverterFactory extends Converter.Factory {
  private final boolean strict;

  JsonConverterFactory(boolean strict) {
    this.strict = strict;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    return body -> {
      try (ResponseBody closing = body) {
        MediaType contentType = body.contentType();
        if (contentType != null && !isJson(contentType)) {
          throw new ScenarioInvalidResponseException(
              "Expected a JSON response body but the server sent " + contentType, null, null);
        }
        return ScenarioJson.read(closing.charStream(), type, strict);
      }
    };
  }

  static boolean isJson(MediaType contentType) {
    return contentType.subtype().equals("json") || contentType.subtype().endsWith("+json");
  }
}
