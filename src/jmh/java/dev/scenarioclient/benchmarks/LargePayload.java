package dev.scenarioclient.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.scenarioclient.models.AssetKind;
import dev.scenarioclient.models.AssetStatus;
import dev.scenarioclient.models.AssetType;
import dev.scenarioclient.models.JobStatus;
import dev.scenarioclient.models.JobType;
import dev.scenarioclient.models.ModelType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large response for the parse benchmarks: the documented sample's example repeated with varied
 * values (ids, text, numbers, booleans, listed enumeration values, array lengths), built the same
 * way on every run from a fixed seed.
 */
final class LargePayload {
  static final String SAMPLE = "contract-tests/wiremock/__files/list-model-examples.sample-response.json";

  private LargePayload() {}

  static String sample() {
    try {
      return new String(Files.readAllBytes(Paths.get(SAMPLE)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("run the benchmarks from the project directory", e);
    }
  }

  static String build(int examples) {
    return build(examples, true);
  }

  /**
   * The same, with the sample's numbers and booleans kept, so that every value stays within the
   * contract's limits: a large body that conforms.
   */
  static String buildConforming(int examples) {
    return build(examples, false);
  }

  private static String build(int examples, boolean varyNumbers) {
    JsonObject template = JsonParser.parseString(sample()).getAsJsonObject()
        .getAsJsonArray("examples").get(0).getAsJsonObject();
    Random random = new Random(42);
    JsonArray array = new JsonArray();
    for (int i = 0; i < examples; i++) {
      JsonObject example = template.deepCopy();
      vary(example, random, i, varyNumbers);
      JsonObject asset = example.getAsJsonObject("asset");
      asset.addProperty("id", "asset_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      asset.addProperty("kind", pick(AssetKind.class, random));
      asset.addProperty("status", pick(AssetStatus.class, random));
      asset.getAsJsonObject("metadata").addProperty("type", pick(AssetType.class, random));
      asset.getAsJsonObject("metadata").addProperty("modelType", pick(ModelType.class, random));
      example.getAsJsonObject("job").addProperty("status", pick(JobStatus.class, random));
      example.getAsJsonObject("job").addProperty("jobType", pick(JobType.class, random));
      array.add(example);
    }
    JsonObject response = new JsonObject();
    response.add("examples", array);
    return response.toString();
  }

  /** Replaces scalars by random ones of the same JSON type and resizes arrays of scalars. */
  private static void vary(JsonElement node, Random random, int index, boolean varyNumbers) {
    if (node.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : node.getAsJsonObject().entrySet()) {
        JsonElement value = entry.getValue();
        if (value.isJsonPrimitive()) {
          entry.setValue(varied(value.getAsJsonPrimitive(), random, index, varyNumbers));
        } else {
          vary(value, random, index, varyNumbers);
        }
      }
    } else if (node.isJsonArray()) {
      JsonArray array = node.getAsJsonArray();
      if (array.size() > 0 && array.get(0).isJsonPrimitive()) {
        JsonPrimitive first = array.get(0).getAsJsonPrimitive();
        int size = 1 + random.nextInt(8);
        while (array.size() > 0) {
          array.remove(0);
        }
        for (int i = 0; i < size; i++) {
          array.add(varied(first, random, index, varyNumbers));
        }
      } else {
        array.forEach(element -> vary(element, random, index, varyNumbers));
      }
    }
  }

  private static JsonPrimitive varied(JsonPrimitive value, Random random, int index, boolean varyNumbers) {
    if (!varyNumbers && !value.isString()) {
      return value;
    }
    if (value.isBoolean()) {
      return new JsonPrimitive(random.nextBoolean());
    }
    if (value.isNumber()) {
      return random.nextBoolean()
          ? new JsonPrimitive(random.nextInt(2048))
          : new JsonPrimitive(Math.round(random.nextDouble() * 1000) / 1000.0);
    }
    String text = value.getAsString();
    if (ENUM_LIKE.contains(text)) {
      return value; // a listed enumeration value: keep it listed
    }
    StringBuilder out = new StringBuilder(text).append('_').append(index);
    for (int i = random.nextInt(6); i > 0; i--) {
      out.append(" lorem");
    }
    return new JsonPrimitive(out.toString());
  }

  /** The sample's enumeration values: varied text must not turn them into unlisted ones. */
  private static final List<String> ENUM_LIKE = java.util.Arrays.asList(
      "3d", "3d-texture", "aerial", "DETECTION", "private", "3d23d", "error", "seamfull", "high", "bottom", "canny",
      "custom", "3d-cartoon", "effect", "controlnet", "16:9", "character", "DDIMScheduler",
      "assets-download", "failure", "custom-model", "boolean", "opaque", "if-else", "canceled");

  /** A random raw value among the constants of a generated open enumeration. */
  private static String pick(Class<?> enumeration, Random random) {
    List<String> values = new ArrayList<>();
    for (Field field : enumeration.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == enumeration) {
        try {
          values.add(field.get(null).toString());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values.get(random.nextInt(values.size()));
  }
}
