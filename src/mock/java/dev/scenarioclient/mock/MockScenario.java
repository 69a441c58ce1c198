package dev.scenarioclient.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One behaviour of the mock server and what selects it: usually a model id (ask for the examples of
 * {@code model_rate_limited} and get a 429), sometimes the credentials or the request itself.
 *
 * <p>The list is read from the stub files' {@code metadata.scenario} objects (id, model id or
 * trigger, answer, whether the answer conforms to the contract, order), plus the three answers the
 * server makes itself: to a request that breaks the contract, to an unknown path, and to unknown
 * credentials. {@code mock --help} and the README's table are printed from it.
 */
public final class MockScenario {
  /** The scenario id of the answer to a request that breaks the contract. */
  public static final String BROKEN_REQUEST = "request-breaks-contract";
  /** The scenario id of the answer to a path the contract does not define. */
  public static final String UNKNOWN_PATH = "unknown-path";
  /** The scenario id of the answer to well-formed credentials the mock does not know. */
  public static final String UNKNOWN_CREDENTIALS = "unknown-credentials";

  private static final List<MockScenario> BUILT_IN = List.of(
      new MockScenario(BROKEN_REQUEST, null, "a request that breaks the contract (no credentials, a bad query value, ...)",
          "HTTP 400 whose JSON message and violations name each violation", true, 900),
      new MockScenario(UNKNOWN_CREDENTIALS, null, "credentials other than the replay ones",
          "HTTP 401 with a JSON message", true, 910),
      new MockScenario(UNKNOWN_PATH, null, "a path the contract does not define",
          "HTTP 404 with a JSON error naming the path", true, 920));

  private final String id;
  private final @Nullable String modelId;
  private final String trigger;
  private final String answer;
  private final boolean conforms;
  private final int order;

  private MockScenario(
      String id, @Nullable String modelId, String trigger, String answer, boolean conforms, int order) {
    this.id = id;
    this.modelId = modelId;
    this.trigger = trigger;
    this.answer = answer;
    this.conforms = conforms;
    this.order = order;
  }

  /** The scenarios of the stubs embedded in the testing and CLI jars, and the built-in answers, in order. */
  public static List<MockScenario> embedded() {
    return merge(StubFiles.embedded().mappings());
  }

  static List<MockScenario> merge(Map<String, String> mappingsByName) {
    Map<String, MockScenario> byId = new LinkedHashMap<>();
    for (String json : mappingsByName.values()) {
      MockScenario scenario = fromMapping(json);
      if (scenario != null) {
        byId.putIfAbsent(scenario.id, scenario);
      }
    }
    for (MockScenario builtIn : BUILT_IN) {
      byId.putIfAbsent(builtIn.id, builtIn);
    }
    List<MockScenario> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparingInt((MockScenario s) -> s.order).thenComparing(s -> s.id));
    return List.copyOf(all);
  }

  /** The scenario a stub mapping's metadata describes, or null when it describes none. */
  static @Nullable MockScenario fromMapping(String mappingJson) {
    JsonElement root;
    try {
      root = JsonParser.parseString(mappingJson);
    } catch (RuntimeException e) {
      return null;
    }
    JsonObject scenario = object(object(root, "metadata"), "scenario");
    if (scenario == null || string(scenario, "id") == null) {
      return null;
    }
    String id = Objects.requireNonNull(string(scenario, "id"));
    String modelId = string(scenario, "modelId");
    String trigger = string(scenario, "trigger");
    String answer = string(scenario, "answer");
    JsonElement conforms = scenario.get("conforms");
    JsonElement order = scenario.get("order");
    return new MockScenario(
        id,
        modelId,
        trigger != null ? trigger : modelId != null ? modelId : id,
        answer != null ? answer : "(no description)",
        conforms == null || !conforms.isJsonPrimitive() || conforms.getAsBoolean(),
        order != null && order.isJsonPrimitive() && order.getAsJsonPrimitive().isNumber() ? order.getAsInt() : 500);
  }

  /** The scenario of a served stub mapping's metadata (as WireMock holds it), or null. */
  static @Nullable String idOf(@Nullable Map<String, Object> metadata) {
    if (metadata == null) {
      return null;
    }
    Object scenario = metadata.get("scenario");
    if (scenario instanceof Map) {
      Object id = ((Map<?, ?>) scenario).get("id");
      return id instanceof String ? (String) id : null;
    }
    return null;
  }

  /** Whether a served stub's metadata marks its answer as outside the contract on purpose. */
  static boolean breaksContractOnPurpose(@Nullable Map<String, Object> metadata) {
    if (metadata == null) {
      return false;
    }
    Object scenario = metadata.get("scenario");
    return scenario instanceof Map && Boolean.FALSE.equals(((Map<?, ?>) scenario).get("conforms"));
  }

  private static @Nullable JsonObject object(@Nullable JsonElement parent, String name) {
    if (parent == null || !parent.isJsonObject()) {
      return null;
    }
    JsonElement child = parent.getAsJsonObject().get(name);
    return child != null && child.isJsonObject() ? child.getAsJsonObject() : null;
  }

  private static @Nullable String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  /** A short name, for example {@code rate-limited}; the mock names it for each request it answers. */
  public String id() {
    return id;
  }

  /** The model id that selects this scenario, or null when something else does (see {@link #trigger()}). */
  public @Nullable String modelId() {
    return modelId;
  }

  /** What selects it, in words: the model id, or for example "any other model id". */
  public String trigger() {
    return trigger;
  }

  /** What the mock answers, in words, for example "HTTP 429 with Retry-After: 7". */
  public String answer() {
    return answer;
  }

  /** False for the answers that break the contract on purpose (malformed JSON, an HTML page, ...). */
  public boolean conforms() {
    return conforms;
  }

  @Override
  public String toString() {
    return id + " (" + trigger + "): " + answer;
  }
}
