package dev.scenarioclient.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * An experiment, not client code: Gson's {@link JsonReader} API over Jackson's parser, so that the
 * generated adapters read UTF-8 bytes through Jackson unchanged. Jackson hands out field names from
 * its symbol table (interned: the adapters' {@code equals} with a constant name returns at the
 * identity check) and keeps a number's text, so neither a name nor an integer costs a new string.
 * It covers what the adapters call on valid input; paths and error messages are not Gson's.
 */
final class JacksonBackedReader extends JsonReader {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Reader UNUSED = new StringReader("");

  private final JsonParser parser;
  private com.fasterxml.jackson.core.JsonToken pending;

  JacksonBackedReader(byte[] json) throws IOException {
    super(UNUSED);
    parser = FACTORY.createParser(json);
  }

  private com.fasterxml.jackson.core.JsonToken pending() throws IOException {
    if (pending == null) {
      pending = parser.nextToken();
    }
    return pending;
  }

  /** Returns the next token and consumes it. */
  private com.fasterxml.jackson.core.JsonToken take() throws IOException {
    com.fasterxml.jackson.core.JsonToken token = pending();
    pending = null;
    return token;
  }

  private void expect(com.fasterxml.jackson.core.JsonToken token) throws IOException {
    if (pending() != token) {
      throw new IllegalStateException("Expected " + token + " but was " + pending + " at " + getPath());
    }
    pending = null;
  }

  @Override
  public JsonToken peek() throws IOException {
    com.fasterxml.jackson.core.JsonToken token = pending();
    if (token == null) {
      return JsonToken.END_DOCUMENT;
    }
    switch (token) {
      case START_OBJECT:
        return JsonToken.BEGIN_OBJECT;
      case END_OBJECT:
        return JsonToken.END_OBJECT;
      case START_ARRAY:
        return JsonToken.BEGIN_ARRAY;
      case END_ARRAY:
        return JsonToken.END_ARRAY;
      case FIELD_NAME:
        return JsonToken.NAME;
      case VALUE_STRING:
        return JsonToken.STRING;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return JsonToken.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return JsonToken.BOOLEAN;
      case VALUE_NULL:
        return JsonToken.NULL;
      default:
        throw new IllegalStateException("Unexpected " + token);
    }
  }

  @Override
  public boolean hasNext() throws IOException {
    com.fasterxml.jackson.core.JsonToken token = pending();
    return token != com.fasterxml.jackson.core.JsonToken.END_OBJECT
        && token != com.fasterxml.jackson.core.JsonToken.END_ARRAY && token != null;
  }

  @Override
  public void beginObject() throws IOException {
    expect(com.fasterxml.jackson.core.JsonToken.START_OBJECT);
  }

  @Override
  public void endObject() throws IOException {
    expect(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
  }

  @Override
  public void beginArray() throws IOException {
    expect(com.fasterxml.jackson.core.JsonToken.START_ARRAY);
  }

  @Override
  public void endArray() throws IOException {
    expect(com.fasterxml.jackson.core.JsonToken.END_ARRAY);
  }

  @Override
  public String nextName() throws IOException {
    expect(com.fasterxml.jackson.core.JsonToken.FIELD_NAME);
    return parser.currentName();
  }

  @Override
  public String nextString() throws IOException {
    com.fasterxml.jackson.core.JsonToken token = pending();
    if (token != com.fasterxml.jackson.core.JsonToken.VALUE_STRING && !token.isNumeric()) {
      throw new IllegalStateException("Expected a string but was " + token + " at " + getPath());
    }
    pending = null;
    return parser.getText();
  }

  @Override
  public boolean nextBoolean() throws IOException {
    com.fasterxml.jackson.core.JsonToken token = pending();
    if (!token.isBoolean()) {
      throw new IllegalStateException("Expected a boolean but was " + token + " at " + getPath());
    }
    pending = null;
    return token == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
  }

  @Override
  public void nextNull() throws IOException {
    expect(com.fasterxml.jackson.core.JsonToken.VALUE_NULL);
  }

  @Override
  public long nextLong() throws IOException {
    take();
    return parser.getLongValue();
  }

  @Override
  public int nextInt() throws IOException {
    take();
    return parser.getIntValue();
  }

  @Override
  public double nextDouble() throws IOException {
    take();
    return parser.getDoubleValue();
  }

  @Override
  public void skipValue() throws IOException {
    if (take() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
      parser.skipChildren();
    }
  }

  @Override
  public String getPath() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public String getPreviousPath() {
    return getPath();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
