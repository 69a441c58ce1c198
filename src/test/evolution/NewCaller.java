import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * A user's code written against the evolved jar: the new query parameter is reachable from the
 * public API and sent on the wire, and the new field has a typed getter (strict mode knows it).
 */
public final class NewCaller {
  private NewCaller() {}

  public static void main(String[] args) throws Exception {
    String sample = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    JsonObject payload = JsonParser.parseString(sample).getAsJsonObject();
    payload.getAsJsonArray("examples").get(0).getAsJsonObject().addProperty("popularity", 7);
    String evolved = payload.toString();
    try (StubApi api = new StubApi(evolved);
        ScenarioClient client = ScenarioClient.builder().baseUrl(api.baseUrl()).apiKey("k").apiSecret("s")
            .strictResponseValidation(true).build()) {
      ListModelExamplesResponse response = client.models().listExamples(
          "model_1", ListModelExamplesParams.builder().sortOrder("newest").build());

      StubApi.check(api.queries.get(0).equals("sortOrder=newest"), "sortOrder sent: " + api.queries);
      BigDecimal popularity = response.getExamples().get(0).getPopularity();
      StubApi.check(new BigDecimal("7").equals(popularity), "typed getter read " + popularity);
      System.out.println("new caller sent sortOrder=newest and read popularity " + popularity);
    }
  }
}
