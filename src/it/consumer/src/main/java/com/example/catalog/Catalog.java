package com.example.catalog;

import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.errors.RateLimitException;
import dev.scenarioclient.models.Example;
import java.util.ArrayList;
import java.util.List;

/** A dependent's own code: lists the asset ids of a model's examples, or nothing while rate limited. */
public final class Catalog {
  private final ScenarioClient client;

  public Catalog(ScenarioClient client) {
    this.client = client;
  }

  public List<String> assetIds(String modelId) {
    List<String> ids = new ArrayList<>();
    try {
      for (Example example : client.models().listExamples(modelId).getExamples()) {
        ids.add(example.getAsset().getId());
      }
    } catch (RateLimitException e) {
      return List.of();
    }
    return ids;
  }
}
