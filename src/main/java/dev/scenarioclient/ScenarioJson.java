package dev.scenarioclient;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.scenarioclient.errors.ContractViolation;
import dev.scenarioclient.errors.ScenarioContractViolationException;
import dev.scenarioclient.errors.ScenarioInputException;
import dev.scenarioclient.errors.ScenarioInvalidResponseException;
import dev.scenarioclient.internal.ContractCheckingReader;
import dev.scenarioclient.internal.ModelSupport;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON codec of the client: reads and writes the generated models exactly as the client does.
 *
 * <p>Reading keeps what this version of the contract does not know (unknown fields, unlisted
 * enumeration values) so that writing a parsed object produces JSON equal to what was read, with
 * numbers as they were written. {@link #fromJsonStrict} instead reports those departures.
 */
public final class ScenarioJson {
  private static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapter(String.class, ModelSupport.STRING)
          .registerTypeAdapter(BigDecimal.class, ModelSupport.NUMBER)
          .registerTypeAdapter(Boolean.class, ModelSupport.BOOLEAN)
          .disableHtmlEscaping()
          .serializeNulls()
          .create();

  private ScenarioJson() {}

  /**
   * Returns the configured Gson instance, for callers that embed the models in their own JSON.
   *
   * @return a shared, thread-safe Gson
   */
  public static Gson gson() {
    return GSON;
  }

  /**
   * Serializes a model (or any value Gson can write) to compact JSON.
   *
   * @param value the value to write
   * @return the JSON text
   */
  public static String toJson(@Nullable Object value) {
    return GSON.toJson(value);
  }

  /**
   * Parses JSON into a model, keeping unknown fields and unlisted enumeration values.
   *
   * @param json the JSON text
   * @param type the model class
   * @param <T> the model type
   * @return the parsed object
   * @throws ScenarioInvalidResponseException if the text is not JSON of that shape
   */
  public static <T> T fromJson(String json, Class<T> type) {
    return readString(json, type, false);
  }

  /**
   * Parses JSON into a model and rejects anything the contract does not describe.
   *
   * @param json the JSON text
   * @param type the model class
   * @param <T> the model type
   * @return the parsed object
   * @throws ScenarioContractViolationException listing every unknown field, unlisted enumeration
   *     value, missing required field and {@code null} the contract does not allow
   * @throws ScenarioInvalidResponseException if the text is not JSON of that shape
   */
  public static <T> T fromJsonStrict(String json, Class<T> type) {
    return readString(json, type, true);
  }

  private static <T> T readString(String json, Class<T> type, boolean strict) {
    if (json == null) {
      throw new ScenarioInputException("json must not be null");
    }
    try {
      return read(new StringReader(json), type, strict);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads one complete JSON document, as RFC 8259 defines it (Gson's {@link Strictness#STRICT}: no
   * raw control characters inside strings, no invalid escapes). I/O failures of {@code source}
   * propagate unchanged.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // T is the type that `type` names
  static <T> T read(Reader source, Type type, boolean strict) throws IOException {
    ContractCheckingReader checking = strict ? new ContractCheckingReader(source) : null;
    JsonReader in = checking != null ? checking : new JsonReader(source);
    in.setStrictness(Strictness.STRICT);
    T value;
    try {
      value = (T) GSON.getAdapter(TypeToken.get(type)).read(in);
      if (value == null) {
        throw new ScenarioInvalidResponseException(
            "Expected a JSON object but found null at $", "$", null);
      }
      if (in.peek() != JsonToken.END_DOCUMENT) {
        throw new ScenarioInvalidResponseException(
            "Unexpected content after the JSON document at " + in.getPath(), in.getPath(), null);
      }
    } catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException
        | NumberFormatException e) {
      throw invalid(in, e);
    }
    if (checking != null && !checking.violations().isEmpty()) {
      List<ContractViolation> violations = checking.violations();
      throw new ScenarioContractViolationException(violations);
    }
    return value;
  }

  private static ScenarioInvalidResponseException invalid(JsonReader in, Exception e) {
    String path = in.getPath();
    String message = e.getMessage();
    String detail = message != null ? describeGsonError(message) : e.getClass().getSimpleName();
    return new ScenarioInvalidResponseException(
        "Response body is not valid contract JSON: " + detail, path, e);
  }

  /**
   * Gson's message without what is meant for a Gson user: the troubleshooting link on its second
   * line, the class name of a wrapped exception, and advice to make the reader lenient (which would
   * accept what JSON forbids).
   */
  static String describeGsonError(String message) {
    String detail = message.split("\n", 2)[0];
    for (String prefix : new String[] {
        "com.google.gson.stream.MalformedJsonException: ", "java.lang.IllegalStateException: ",
        "java.lang.NumberFormatException: "}) {
      if (detail.startsWith(prefix)) {
        detail = detail.substring(prefix.length());
      }
    }
    return detail
        .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "Malformed JSON")
        .replace("Unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode",
            "Unescaped control character in a string (JSON requires \\u0000 to \\u001F to be escaped)")
        .replace("Cannot escape a newline character in strict mode", "Invalid escape of a line break")
        .replace(" in strict mode", "");
  }
}
