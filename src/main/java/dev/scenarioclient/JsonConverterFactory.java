package dev.scenarioclient;

import dev.scenarioclient.errors.ScenarioException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Reads response bodies with {@link ScenarioJson}, leniently or strictly, and refuses a body that
 * does not declare JSON, so that an HTML page from a proxy becomes a clear error instead of a parse
 * failure deep in the JSON.
 *
 * <p>The body is decoded as UTF-8 whatever {@code charset} the {@code Content-Type} names: JSON
 * exchanged between systems is UTF-8 (RFC 8259, section 8.1), and a server declaring another
 * charset for it is mislabelling it. Bytes that are not UTF-8 are an error, never replaced.
 *
 * <p>Errors (such as {@link OutOfMemoryError}) while parsing become a {@link ScenarioException}:
 * Retrofit rethrows them on OkHttp's dispatcher thread, which kills the thread and leaves an
 * asynchronous call's future waiting forever.
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
              "Expected a JSON response body but the server sent " + contentType.type() + "/"
                  + contentType.subtype(), null, null);
        }
        Reader utf8 = new InputStreamReader(closing.byteStream(),
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return ScenarioJson.read(utf8, type, strict);
      } catch (CharacterCodingException e) {
        throw new ScenarioInvalidResponseException(notUtf8(body.contentType()), null, e);
      } catch (VirtualMachineError e) {
        throw new ScenarioInvalidResponseException(
            "Reading the response body failed with " + e, null, e);
      } catch (Error e) {
        throw new ScenarioException("Reading the response body failed with " + e, e);
      }
    };
  }

  private static String notUtf8(@Nullable MediaType contentType) {
    Charset declared = null;
    try {
      declared = contentType != null ? contentType.charset() : null;
    } catch (RuntimeException unsupported) {
      // an unknown charset name: nothing to add
    }
    return "Response body is not valid UTF-8, which JSON must be (RFC 8259)"
        + (declared != null && !declared.equals(StandardCharsets.UTF_8)
            ? "; the server labelled it " + declared.name() + ", which the client ignores"
            : "");
  }

  static boolean isJson(MediaType contentType) {
    return contentType.subtype().equals("json") || contentType.subtype().endsWith("+json");
  }
}
