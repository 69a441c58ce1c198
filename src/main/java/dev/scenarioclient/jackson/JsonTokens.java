package dev.scenarioclient.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Copies one JSON value between Gson's streams and Jackson's, token by token and without
 * recursion. Numbers are copied as their text, so {@code 0}, {@code 1.10} and 30-digit integers
 * arrive as written.
 */
final class JsonTokens {
  private JsonTokens() {}

  /** Copies the value at Gson's reader to Jackson's generator. */
  static void copy(JsonReader in, JsonGenerator out) throws IOException {
    int depth = 0;
    do {
      switch (in.peek()) {
        case BEGIN_OBJECT:
          in.beginObject();
          out.writeStartObject();
          depth++;
          break;
        case END_OBJECT:
          in.endObject();
          out.writeEndObject();
          depth--;
          break;
        case BEGIN_ARRAY:
          in.beginArray();
          out.writeStartArray();
          depth++;
          break;
        case END_ARRAY:
          in.endArray();
          out.writeEndArray();
          depth--;
          break;
        case NAME:
          out.writeFieldName(in.nextName());
          break;
        case STRING:
          out.writeString(in.nextString());
          break;
        case NUMBER:
          out.writeNumber(in.nextString());
          break;
        case BOOLEAN:
          out.writeBoolean(in.nextBoolean());
          break;
        case NULL:
          in.nextNull();
          out.writeNull();
          break;
        case END_DOCUMENT:
        default:
          throw new IllegalStateException("Unexpected end of JSON at " + in.getPath());
      }
    } while (depth > 0);
  }

  /**
   * Copies the value at Jackson's parser (its current token) to Gson's writer, leaving the parser
   * at the value's last token as a deserializer must.
   */
  static void copy(JsonParser in, JsonWriter out) throws IOException {
    JsonToken token = in.currentToken();
    int depth = 0;
    while (true) {
      if (token == null) {
        throw MismatchedInputException.from(in, (Class<?>) null, "Unexpected end of input");
      }
      switch (token) {
        case START_OBJECT:
          out.beginObject();
          depth++;
          break;
        case END_OBJECT:
          out.endObject();
          depth--;
          break;
        case START_ARRAY:
          out.beginArray();
          depth++;
          break;
        case END_ARRAY:
          out.endArray();
          depth--;
          break;
        case FIELD_NAME:
          out.name(in.currentName());
          break;
        case VALUE_STRING:
          out.value(in.getText());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          out.jsonValue(in.getText());
          break;
        case VALUE_TRUE:
          out.value(true);
          break;
        case VALUE_FALSE:
          out.value(false);
          break;
        case VALUE_NULL:
          out.nullValue();
          break;
        default:
          throw MismatchedInputException.from(in, (Class<?>) null, "Unexpected " + token + ": the models read only JSON values");
      }
      if (depth == 0) {
        return;
      }
      token = in.nextToken();
    }
  }
}
