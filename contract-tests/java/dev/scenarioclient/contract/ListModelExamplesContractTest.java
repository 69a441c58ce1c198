package dev.scenarioclient.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenarioclient.ScenarioClient;
import dev.scenarioclient.ScenarioJson;
import dev.scenarioclient.models.AspectRatio;
import dev.scenarioclient.models.Asset;
import dev.scenarioclient.models.AssetKind;
import dev.scenarioclient.models.AssetMetadata;
import dev.scenarioclient.models.AssetPrivacy;
import dev.scenarioclient.models.AssetProperties;
import dev.scenarioclient.models.AssetReference;
import dev.scenarioclient.models.AssetSource;
import dev.scenarioclient.models.AssetStatus;
import dev.scenarioclient.models.AssetType;
import dev.scenarioclient.models.AudioClassification;
import dev.scenarioclient.models.BackgroundBehavior;
import dev.scenarioclient.models.Concept;
import dev.scenarioclient.models.DetectionModality;
import dev.scenarioclient.models.EditCapability;
import dev.scenarioclient.models.Example;
import dev.scenarioclient.models.ImageType;
import dev.scenarioclient.models.InferenceParameters;
import dev.scenarioclient.models.InferenceType;
import dev.scenarioclient.models.InputFidelity;
import dev.scenarioclient.models.InputLocation;
import dev.scenarioclient.models.IpAdapterType;
import dev.scenarioclient.models.Job;
import dev.scenarioclient.models.JobMetadata;
import dev.scenarioclient.models.JobStatus;
import dev.scenarioclient.models.JobType;
import dev.scenarioclient.models.ListModelExamplesResponse;
import dev.scenarioclient.models.ModelType;
import dev.scenarioclient.models.Scheduler;
import dev.scenarioclient.models.Style;
import dev.scenarioclient.models.WorkflowInput;
import dev.scenarioclient.models.WorkflowInputType;
import dev.scenarioclient.models.WorkflowLogicType;
import dev.scenarioclient.models.WorkflowNode;
import dev.scenarioclient.models.WorkflowNodeStatus;
import dev.scenarioclient.models.WorkflowNodeType;
import dev.scenarioclient.models.WorkflowSubNodeInput;
import dev.scenarioclient.testing.ExactJson;
import dev.scenarioclient.testing.OpenApiContract;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented sample, replayed by WireMock, travels through the generated client into the
 * generated models with every value intact, and writes back to the same JSON.
 */
class ListModelExamplesContractTest {
  @RegisterExtension static final ContractServer server = new ContractServer();

  private static ScenarioClient client;
  private static ScenarioClient strictClient;
  private Example example;

  @BeforeAll
  static void createClients() {
    client = server.clientBuilder().build();
    strictClient = server.clientBuilder().strictResponseValidation(true).build();
  }

  @AfterAll
  static void closeClients() {
    client.close();
    strictClient.close();
  }

  @BeforeEach
  void replaySample() {
    ListModelExamplesResponse response = client.models().listExamples("model_sample");
    assertThat(response.getExamples()).hasSameSizeAs(ExactJson.parseObject(OpenApiContract.sample()).getAsJsonArray("examples"));
    example = response.getExamples().get(0);
  }

  @Test
  void sampleParsesStrictlyAndWritesBackAsTheSameJson() {
    ListModelExamplesResponse response = strictClient.models().listExamples("model_sample");

    ExactJson.assertJsonEquals(ScenarioJson.toJson(response), OpenApiContract.sample());
  }

  @Test
  void sampleSatisfiesTheRoundTripCheck() {
    RoundTrip.check(OpenApiContract.sample());
  }

  @Test
  void exampleCarriesModelAndInferenceIds() {
    assertThat(example.getModelId()).isEqualTo("modelId");
    assertThat(example.getInferenceId()).isEqualTo("inferenceId");
    assertThat(example.additionalProperties()).isEmpty();
  }

  @Test
  void assetFieldsAndEnumerations() {
    Asset asset = example.getAsset();

    assertThat(asset.getId()).isEqualTo("id");
    assertThat(asset.getAuthorId()).isEqualTo("authorId");
    assertThat(asset.getCollectionIds()).containsExactly("string");
    assertThat(asset.getCreatedAt()).isEqualTo("createdAt");
    assertThat(asset.getEditCapabilities()).containsExactly(EditCapability.DETECTION);
    assertThat(asset.getKind()).isSameAs(AssetKind._3D);
    assertThat(asset.getMimeType()).isEqualTo("mimeType");
    assertThat(asset.getOwnerId()).isEqualTo("ownerId");
    assertThat(asset.getPrivacy()).isSameAs(AssetPrivacy.PRIVATE);
    assertThat(asset.getSource()).isSameAs(AssetSource._3D23D);
    assertThat(asset.getStatus()).isSameAs(AssetStatus.ERROR);
    assertThat(asset.getTags()).containsExactly("string");
    assertThat(asset.getUpdatedAt()).isEqualTo("updatedAt");
    assertThat(asset.getUrl()).isEqualTo("url");
    assertThat(asset.getAutomaticCaptioning()).isEqualTo("automaticCaptioning");
    assertThat(asset.getDescription()).isEqualTo("description");
    assertThat(asset.getEmbedding()).containsExactly(new BigDecimal("0"));
    assertThat(asset.getIsHidden()).isTrue();
    assertThat(asset.getNsfw()).containsExactly("string");
    assertThat(asset.getOriginalFileUrl()).isEqualTo("originalFileUrl");
    assertThat(asset.getOutputIndex()).isEqualByComparingTo("0");
  }

  @Test
  void assetFramePreviewAndThumbnailReferences() {
    Asset asset = example.getAsset();

    for (AssetReference reference :
        List.of(asset.getFirstFrame(), asset.getLastFrame(), asset.getPreview(), asset.getThumbnail())) {
      assertThat(reference.getAssetId()).isEqualTo("assetId");
      assertThat(reference.getUrl()).isEqualTo("url");
    }
  }

  @Test
  void assetMetadataEnumerationsAndScalars() {
    AssetMetadata metadata = example.getAsset().getMetadata();

    assertThat(metadata.getKind()).isSameAs(AssetKind._3D);
    assertThat(metadata.getType()).isSameAs(AssetType._3D_TEXTURE);
    assertThat(metadata.getImageType()).isSameAs(ImageType.SEAMFULL);
    assertThat(metadata.getInputFidelity()).isSameAs(InputFidelity.HIGH);
    assertThat(metadata.getInputLocation()).isSameAs(InputLocation.BOTTOM);
    assertThat(metadata.getModality()).isSameAs(DetectionModality.CANNY);
    assertThat(metadata.getModelType()).isSameAs(ModelType.CUSTOM);
    assertThat(metadata.getStyle()).isSameAs(Style._3D_CARTOON);
    assertThat(metadata.getDetailsLevel()).isEqualByComparingTo("-50");
    assertThat(metadata.getNumInferenceSteps()).isEqualByComparingTo("5");
    assertThat(metadata.getResizeOption()).isEqualTo(new BigDecimal("0.1"));
    assertThat(metadata.getTargetWidth()).isEqualByComparingTo("1024");
    assertThat(metadata.getSeed()).isEqualTo("seed");
    assertThat(metadata.getText()).isEqualTo("text");
    assertThat(metadata.getBetterQuality()).isTrue();
    assertThat(metadata.getReferenceImages()).containsExactly("string");
    assertThat(metadata.getStyleImages()).containsExactly("string");
    assertThat(metadata.getThumbnail().getAssetId()).isEqualTo("assetId");
  }

  @Test
  void assetMetadataNumberArraysKeepTheirDepth() {
    AssetMetadata metadata = example.getAsset().getMetadata();

    assertThat(metadata.getBbox()).containsExactly(zero(), zero(), zero(), zero());
    assertThat(metadata.getPoints()).containsExactly(List.of(zero()), List.of(zero()), List.of(zero()));
    assertThat(metadata.getContours()).containsExactly(List.of(List.of(List.of(zero()))));
  }

  @Test
  void assetMetadataConcepts() {
    Concept concept = example.getAsset().getMetadata().getConcepts().get(0);

    assertThat(concept.getModelId()).isEqualTo("modelId");
    assertThat(concept.getScale()).isEqualTo(new BigDecimal("-2"));
    assertThat(concept.getModelEpoch()).isEqualTo("modelEpoch");
  }

  @Test
  void assetPropertiesAndTranscription() {
    AssetProperties properties = example.getAsset().getProperties();

    assertThat(properties.getSize()).isEqualByComparingTo("0");
    assertThat(properties.getClassification()).isSameAs(AudioClassification.EFFECT);
    assertThat(properties.getCodecName()).isEqualTo("codecName");
    assertThat(properties.getDimensions()).containsExactly(zero(), zero(), zero());
    assertThat(properties.getFormat()).isEqualTo("format");
    assertThat(properties.getHasUVs()).isTrue();
    assertThat(properties.getTranscription().getText()).isEqualTo("text");
  }

  @Test
  void inferenceParameters() {
    InferenceParameters parameters = example.getInferenceParameters();

    assertThat(parameters.getPrompt()).isEqualTo("prompt");
    assertThat(parameters.getType()).isSameAs(InferenceType.CONTROLNET);
    assertThat(parameters.getAspectRatio()).isSameAs(AspectRatio._16_9);
    assertThat(parameters.getIpAdapterType()).isSameAs(IpAdapterType.CHARACTER);
    assertThat(parameters.getScheduler()).isSameAs(Scheduler.DDIM_SCHEDULER);
    assertThat(parameters.getConcepts()).extracting(Concept::getScale).containsExactly(new BigDecimal("-2"));
    assertThat(parameters.getControlEnd()).isEqualTo(new BigDecimal("0.1"));
    assertThat(parameters.getStrength()).isEqualTo(new BigDecimal("0.01"));
    assertThat(parameters.getHeight()).isEqualByComparingTo("64");
    assertThat(parameters.getIpAdapterImageIds()).containsExactly("string");
    assertThat(parameters.getIpAdapterScales()).containsExactly(zero());
    assertThat(parameters.getModality()).isEqualTo("modality");
    assertThat(parameters.getSeed()).isEqualTo("seed");
    assertThat(parameters.getReferenceAttn()).isTrue();
  }

  @Test
  void jobStatusHistoryAndBilling() {
    Job job = example.getJob();

    assertThat(job.getJobId()).isEqualTo("jobId");
    assertThat(job.getJobType()).isSameAs(JobType.ASSETS_DOWNLOAD);
    assertThat(job.getStatus()).isSameAs(JobStatus.CANCELED);
    assertThat(job.getProgress()).isEqualByComparingTo("0");
    assertThat(job.getStatusHistory()).singleElement().satisfies(change -> {
      assertThat(change.getDate()).isEqualTo("date");
      assertThat(change.getStatus()).isSameAs(JobStatus.CANCELED);
    });
    assertThat(job.getBilling().getCuCost()).isEqualByComparingTo("0");
    assertThat(job.getBilling().getCuDiscount()).isEqualByComparingTo("0");
    assertThat(job.getAuthorId()).isEqualTo("authorId");
    assertThat(job.getOwnerId()).isEqualTo("ownerId");
  }

  @Test
  void jobMetadataKeepsFreeFormMaps() {
    JobMetadata metadata = example.getJob().getMetadata();

    assertThat(metadata.getAssetIds()).containsExactly("string");
    assertThat(metadata.getError()).isEqualTo("error");
    assertThat(metadata.getHint()).isEqualTo("hint");
    assertThat(metadata.getInput()).containsOnlyKeys("foo");
    assertThat(metadata.getInput().get("foo").getAsString()).isEqualTo("bar");
    assertThat(metadata.getOutput().get("foo").getAsString()).isEqualTo("bar");
    assertThat(metadata.getOutputModelId()).isEqualTo("outputModelId");
    assertThat(metadata.getWorkflowJobId()).isEqualTo("workflowJobId");
  }

  @Test
  void workflowNodeWithAssetsAndLogic() {
    WorkflowNode node = example.getJob().getMetadata().getFlow().get(0);

    assertThat(node.getId()).isEqualTo("id");
    assertThat(node.getStatus()).isSameAs(WorkflowNodeStatus.FAILURE);
    assertThat(node.getType()).isSameAs(WorkflowNodeType.CUSTOM_MODEL);
    assertThat(node.getAssets()).extracting(AssetReference::getAssetId).containsExactly("assetId");
    assertThat(node.getCount()).isEqualByComparingTo("0");
    assertThat(node.getDependsOn()).containsExactly("string");
    assertThat(node.getIncludeOutputsInWorkflowJob()).isTrue();
    assertThat(node.getItems()).containsExactly("string");
    assertThat(node.getLogic().getCases()).singleElement().satisfies(logicCase -> {
      assertThat(logicCase.getCondition()).isEqualTo("condition");
      assertThat(logicCase.getValue()).isEqualTo("value");
    });
    assertThat(node.getLogic().getDefault()).isEqualTo("default");
    assertThat(node.getLogic().getTransform()).isEqualTo("transform");
    assertThat(node.getLogicType()).isSameAs(WorkflowLogicType.IF_ELSE);
    assertThat(node.getLoopBodyNodeIds()).containsExactly("string");
    assertThat(node.getOutput().isJsonObject()).isTrue();
  }

  @Test
  void workflowInputWithUntypedValuesRefAndRequirement() {
    WorkflowInput input = example.getJob().getMetadata().getFlow().get(0).getInputs().get(0);

    assertThat(input.getName()).isEqualTo("name");
    assertThat(input.getType()).isSameAs(WorkflowInputType.BOOLEAN);
    assertThat(input.getAllowedValues()).singleElement().satisfies(value -> assertThat(value.isJsonObject()).isTrue());
    assertThat(input.getBackgroundBehavior()).isSameAs(BackgroundBehavior.OPAQUE);
    assertThat(input.getDefault().getAsJsonObject().size()).isZero();
    assertThat(input.getInputs()).singleElement().satisfies(map -> assertThat(map.get("foo").getAsString()).isEqualTo("bar"));
    assertThat(input.getKind()).isSameAs(AssetKind._3D);
    assertThat(input.getModelTypes()).containsExactly(ModelType.CUSTOM);
    assertThat(input.getStep()).isEqualByComparingTo("1");
    assertThat(input.getRef().getConditional()).containsExactly("string");
    assertThat(input.getRef().getEqual()).isEqualTo("equal");
    assertThat(input.getRef().getNode()).isEqualTo("node");
    assertThat(input.getRequired().getAlways()).isTrue();
    assertThat(input.getRequired().getConditionalValues().isJsonObject()).isTrue();
    assertThat(input.getRequired().getIfDefined().isJsonObject()).isTrue();
    assertThat(input.getRequired().getIfNotDefined().isJsonObject()).isTrue();
    assertThat(input.getValue().isJsonObject()).isTrue();
  }

  @Test
  void nestedWorkflowItemsReuseTheInputShape() {
    WorkflowInput input = example.getJob().getMetadata().getFlow().get(0).getInputs().get(0);

    assertThat(input.getItems()).hasSameSizeAs(
        ExactJson.at(ExactJson.parseObject(OpenApiContract.sample()), "examples[0].job.metadata.flow[0].inputs[0].items").getAsJsonArray());
    WorkflowSubNodeInput item = input.getItems().get(0).get(0);
    assertThat(item.getName()).isEqualTo("name");
    assertThat(item.getType()).isSameAs(WorkflowInputType.BOOLEAN);
    assertThat(item.getKind()).isSameAs(AssetKind._3D);
    assertThat(item.getModelTypes()).containsExactly(ModelType.CUSTOM);
    assertThat(item.getRef().getName()).isEqualTo("name");
    assertThat(item.getRequired().getAlways()).isTrue();
    assertThat(item.getPlaceholder()).isEqualTo("placeholder");
    assertThat(item.getPromptSpark()).isTrue();
  }

  private static BigDecimal zero() {
    return new BigDecimal("0");
  }
}
