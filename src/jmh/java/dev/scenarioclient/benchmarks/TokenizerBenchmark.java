package dev.scenarioclient.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Would another JSON reader lower the floor? The token walk of {@link ParseBenchmark} (every name
 * and value materialized) with Gson over UTF-8 bytes, as the client reads a body, and with Jackson's
 * and Moshi's streaming readers over the same payload. Jackson returns field names from a symbol
 * table and Moshi's {@code selectName} matches them against known names, so neither allocates a name;
 * Gson's reader has no such call. {@link #typedModelsOnJackson} then asks whether that would make
 * the typed parse faster: the generated adapters, unchanged, read the bytes through Jackson's parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
public class TokenizerBenchmark {
  private String json;
  private byte[] utf8;
  private JsonFactory jackson;
  private com.squareup.moshi.JsonReader.Options names;
  private TypeAdapter<ListModelExamplesResponse> typedAdapter;

  @Setup
  public void setUp() throws IOException {
    json = LargePayload.build(ParseBenchmark.EXAMPLES);
    utf8 = json.getBytes(StandardCharsets.UTF_8);
    jackson = new JsonFactory();
    names = com.squareup.moshi.JsonReader.Options.of(fieldNames(json).toArray(new String[0]));
    typedAdapter = ScenarioJson.gson().getAdapter(ListModelExamplesResponse.class);
    if (!ScenarioJson.toJson(typedModelsOnJackson())
        .equals(ScenarioJson.toJson(ScenarioJson.fromJson(json, ListModelExamplesResponse.class)))) {
      throw new IllegalStateException("the models read through Jackson differ from those read through Gson");
    }
  }

  @Benchmark
  public ListModelExamplesResponse typedModelsOnJackson() throws IOException {
    try (JsonReader reader = new JacksonBackedReader(utf8)) {
      return typedAdapter.read(reader);
    }
  }

  /** Every field name of the payload: the names Moshi's reader is told to expect. */
  private static Set<String> fieldNames(String json) throws IOException {
    Set<String> names = new TreeSet<>();
    JsonReader reader = new JsonReader(new java.io.StringReader(json));
    int depth = 0;
    do {
      JsonToken token = reader.peek();
      if (token == JsonToken.BEGIN_OBJECT) {
        reader.beginObject();
        depth++;
      } else if (token == JsonToken.END_OBJECT) {
        reader.endObject();
        depth--;
      } else if (token == JsonToken.BEGIN_ARRAY) {
        reader.beginArray();
        depth++;
      } else if (token == JsonToken.END_ARRAY) {
        reader.endArray();
        depth--;
      } else if (token == JsonToken.NAME) {
        names.add(reader.nextName());
      } else {
        reader.skipValue();
      }
    } while (depth > 0);
    return names;
  }

  @Benchmark
  public void gsonTokenWalkUtf8(Blackhole blackhole) throws IOException {
    ParseBenchmark.walk(new JsonReader(new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)),
        blackhole);
  }

  @Benchmark
  public void jacksonTokenWalk(Blackhole blackhole) throws IOException {
    walk(jackson.createParser(json), blackhole);
  }

  @Benchmark
  public void jacksonTokenWalkUtf8(Blackhole blackhole) throws IOException {
    walk(jackson.createParser(utf8), blackhole);
  }

  @Benchmark
  public void moshiSkipValueUtf8() throws IOException {
    com.squareup.moshi.JsonReader reader = com.squareup.moshi.JsonReader.of(new Buffer().write(utf8));
    reader.skipValue();
    if (reader.peek() != com.squareup.moshi.JsonReader.Token.END_DOCUMENT) {
      throw new IllegalStateException("trailing content");
    }
  }

  @Benchmark
  public void moshiTokenWalkUtf8(Blackhole blackhole) throws IOException {
    com.squareup.moshi.JsonReader reader = com.squareup.moshi.JsonReader.of(new Buffer().write(utf8));
    int depth = 0;
    do {
      switch (reader.peek()) {
        case BEGIN_OBJECT:
          reader.beginObject();
          depth++;
          break;
        case END_OBJECT:
          reader.endObject();
          depth--;
          break;
        case BEGIN_ARRAY:
          reader.beginArray();
          depth++;
          break;
        case END_ARRAY:
          reader.endArray();
          depth--;
          break;
        case NAME:
          int known = reader.selectName(names);
          blackhole.consume(known >= 0 ? known : reader.nextName());
          break;
        case STRING:
        case NUMBER:
          blackhole.consume(reader.nextString());
          break;
        case BOOLEAN:
          blackhole.consume(reader.nextBoolean());
          break;
        default:
          reader.nextNull();
      }
    } while (depth > 0);
  }

  private static void walk(JsonParser parser, Blackhole blackhole) throws IOException {
    try (JsonParser closing = parser) {
      com.fasterxml.jackson.core.JsonToken token;
      while ((token = closing.nextToken()) != null) {
        switch (token) {
          case FIELD_NAME:
            blackhole.consume(closing.currentName());
            break;
          case VALUE_STRING:
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            blackhole.consume(closing.getText());
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            blackhole.consume(closing.getBooleanValue());
            break;
          default:
            break;
        }
      }
    }
  }
}
