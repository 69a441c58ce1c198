package dev.scenarioclient;

import java.util.concurrent.CompletableFuture;

/**
 * The model operations of the API. Obtain it from {@link ScenarioClient#models()}; it is
 * thread-safe and shares the client's connections.
 */
public final class ModelService {
  private final ScenarioClient client;
  private final ModelsApi api;

  ModelService(ScenarioClient client, ModelsApi api) {
    this.client = client;
    this.api = api;
  }

  /**
   * Lists the examples of a model: {@code GET /models/{modelId}/examples}.
   *
   * @param modelId the model id, e.g. {@code model_eyVcnFJcR92BxBkz7N6g5w}; sent percent-encoded
   * @return the examples
   * @throws ScenarioInputException if {@code modelId} is null, blank, {@code "."} or {@code ".."}
   * @throws ScenarioApiException if the API answers with an error status (after retries)
   * @throws ScenarioNetworkException if the request fails on the network (after retries)
   * @throws ScenarioInvalidResponseException if the body cannot be read as the contract
   */
  public ListModelExamplesResponse listExamples(String modelId) {
    return HttpCalls.execute(call(modelId, null)).body();
  }

  /**
   * Lists the examples of a model, choosing whether assets come back as originally uploaded.
   *
   * @param modelId the model id
   * @param originalAssets sent as the {@code originalAssets} query parameter
   * @return the examples
   * @see #listExamples(String)
   */
  public ListModelExamplesResponse listExamples(String modelId, boolean originalAssets) {
    return HttpCalls.execute(call(modelId, originalAssets)).body();
  }

  /**
   * Asynchronous {@link #listExamples(String)}. Cancelling the future cancels the HTTP call; a
   * failure completes it with the same exceptions the synchronous method throws.
   *
   * @param modelId the model id
   * @return a future of the examples
   * @throws ScenarioInputException if {@code modelId} is invalid (thrown, not in the future)
   */
  public CompletableFuture<ListModelExamplesResponse> listExamplesAsync(String modelId) {
    return HttpCalls.enqueue(call(modelId, null), ScenarioResponse::body);
  }

  /**
   * Asynchronous {@link #listExamples(String, boolean)}.
   *
   * @param modelId the model id
   * @param originalAssets sent as the {@code originalAssets} query parameter
   * @return a future of the examples
   */
  public CompletableFuture<ListModelExamplesResponse> listExamplesAsync(
      String modelId, boolean originalAssets) {
    return HttpCalls.enqueue(call(modelId, originalAssets), ScenarioResponse::body);
  }

  /**
   * Returns the same operations answering with the HTTP status and headers besides the body.
   *
   * @return a view of this service
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /** {@link ModelService} operations that return the whole {@link ScenarioResponse}. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * See {@link ModelService#listExamples(String)}.
     *
     * @param modelId the model id
     * @return the response with status and headers
     */
    public ScenarioResponse<ListModelExamplesResponse> listExamples(String modelId) {
      return HttpCalls.execute(ModelService.this.call(modelId, null));
    }

    /**
     * See {@link ModelService#listExamples(String, boolean)}.
     *
     * @param modelId the model id
     * @param originalAssets sent as the {@code originalAssets} query parameter
     * @return the response with status and headers
     */
    public ScenarioResponse<ListModelExamplesResponse> listExamples(
        String modelId, boolean originalAssets) {
      return HttpCalls.execute(ModelService.this.call(modelId, originalAssets));
    }

    /**
     * See {@link ModelService#listExamplesAsync(String)}.
     *
     * @param modelId the model id
     * @return a future of the response with status and headers
     */
    public CompletableFuture<ScenarioResponse<ListModelExamplesResponse>> listExamplesAsync(
        String modelId) {
      return HttpCalls.enqueue(ModelService.this.call(modelId, null), response -> response);
    }

    /**
     * See {@link ModelService#listExamplesAsync(String, boolean)}.
     *
     * @param modelId the model id
     * @param originalAssets sent as the {@code originalAssets} query parameter
     * @return a future of the response with status and headers
     */
    public CompletableFuture<ScenarioResponse<ListModelExamplesResponse>> listExamplesAsync(
        String modelId, boolean originalAssets) {
      return HttpCalls.enqueue(ModelService.this.call(modelId, originalAssets), response -> response);
    }
  }

  private retrofit2.Call<ListModelExamplesResponse> call(String modelId, Boolean originalAssets) {
    client.checkOpen();
    return api.listModelExamples(checkModelId(modelId), originalAssets);
  }

  /** Rejects ids that cannot name a model; everything else is percent-encoded by the path. */
  static String checkModelId(String modelId) {
    if (modelId == null) {
      throw new ScenarioInputException("modelId must not be null");
    }
    if (modelId.trim().isEmpty()) {
      throw new ScenarioInputException("modelId must not be blank");
    }
    if (modelId.equals(".") || modelId.equals("..")) {
      // %2E%2E is still a dot-segment to servers that normalise paths (RFC 3986, 6.2.2.2).
      throw new ScenarioInputException("modelId must not be '" + modelId + "'");
    }
    return modelId;
  }
}
