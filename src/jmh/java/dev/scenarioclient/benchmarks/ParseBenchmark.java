package dev.scenarioclient.benchmarks;

import com.google.gson.Gson;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.benchmarks.plain.JSON;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
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
 * Parsing a 1,000-example response: into the forward-compatible models (lenient and strict), into
 * the models the generator produces by default, and two references: the floor, Gson's JsonReader
 * tokenizing the same text without materializing anything ({@code skipValue}), and a token walk that
 * materializes every name and value as a string.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
public class ParseBenchmark {
  static final int EXAMPLES = 1000;

  String json;
  private Gson plainGson;

  @Setup
  public void setUp() {
    json = LargePayload.build(EXAMPLES);
    plainGson = new JSON().getGson();
    // Strict parsing fails fast if the varied payload left the contract (an unlisted value, say).
    if (ScenarioJson.fromJsonStrict(json, ListModelExamplesResponse.class).getExamples().size() != EXAMPLES) {
      throw new IllegalStateException("payload does not parse");
    }
  }

  @Benchmark
  public void skipValueFloor() throws IOException {
    JsonReader reader = new JsonReader(new StringReader(json));
    reader.skipValue();
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new IllegalStateException("trailing content");
    }
  }

  @Benchmark
  public void tokenWalk(Blackhole blackhole) throws IOException {
    walk(new JsonReader(new StringReader(json)), blackhole);
  }

  /** Reads every token of one JSON value, materializing every name and value. */
  static void walk(JsonReader reader, Blackhole blackhole) throws IOException {
    int depth = 0;
    do {
      JsonToken token = reader.peek();
      switch (token) {
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
          blackhole.consume(reader.nextName());
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

  @Benchmark
  public ListModelExamplesResponse forwardCompatibleModels() {
    return ScenarioJson.fromJson(json, ListModelExamplesResponse.class);
  }

  @Benchmark
  public ListModelExamplesResponse forwardCompatibleModelsStrict() {
    return ScenarioJson.fromJsonStrict(json, ListModelExamplesResponse.class);
  }

  @Benchmark
  public dev.scenarioclient.benchmarks.plain.ListModelExamplesResponse plainGeneratedModels() {
    return plainGson.fromJson(json, dev.scenarioclient.benchmarks.plain.ListModelExamplesResponse.class);
  }
}
