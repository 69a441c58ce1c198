import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioResponse;
import dev.scenarioclient.models.ListModelExamplesResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * A user's code compiled against today's jar. Run against the jar generated from the evolved
 * document, it must link and behave as before: every call form of today's API still works.
 */
public final class OldCaller {
  private OldCaller() {}

  public static void main(String[] args) throws Exception {
    String sample = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    try (StubApi api = new StubApi(sample);
        ScenarioClient client = ScenarioClient.builder().baseUrl(api.baseUrl()).apiKey("k").apiSecret("s").build()) {
      ListModelExamplesResponse plain = client.models().listExamples("model_1");
      ListModelExamplesResponse withParams = client.models().listExamples(
          "model_1", ListModelExamplesParams.builder().originalAssets(true).build());
      ScenarioResponse<ListModelExamplesResponse> raw =
          client.models().withRawResponse().listExamplesAsync("model_1", ListModelExamplesParams.none()).join();

      StubApi.check(plain.equals(withParams) && plain.equals(raw.body()), "the three calls read the same body");
      StubApi.check(api.queries.get(1).equals("originalAssets=true"), "originalAssets sent: " + api.queries);
      System.out.println("old caller linked and ran against the evolved jar: " + plain.getExamples().size() + " example(s)");
    }
  }
}
