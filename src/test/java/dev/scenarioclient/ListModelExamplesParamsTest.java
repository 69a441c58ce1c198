package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scenarioclient.ModelsService.ListModelExamplesParams;
import dev.scenarioclient.errors.ScenarioInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated parameters object: immutable, built by a builder, able to carry parameters the
 * contract does not declare yet, and never able to carry credentials or smuggle a header.
 */
class ListModelExamplesParamsTest {
  @Test
  void noneSetsNothing() {
    ListModelExamplesParams none = ListModelExamplesParams.none();

    assertThat(none.getOriginalAssets()).isNull();
    assertThat(none.additionalQueryParams()).isEmpty();
    assertThat(none.additionalHeaders()).isEmpty();
    assertThat(none).isEqualTo(ListModelExamplesParams.builder().build());
  }

  @Test
  void builtParametersAreImmutableAndIndependentOfTheirBuilder() {
    ListModelExamplesParams.Builder builder = ListModelExamplesParams.builder().putAdditionalQueryParam("tag", "x");
    ListModelExamplesParams params = builder.build();
    builder.putAdditionalQueryParam("tag", "y").originalAssets(true);

    assertThat(params.additionalQueryParams()).containsEntry("tag", List.of("x"));
    assertThat(params.getOriginalAssets()).isNull();
    assertThatThrownBy(() -> params.additionalQueryParams().get("tag").add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderCopiesEverything() {
    ListModelExamplesParams params = ListModelExamplesParams.builder()
        .originalAssets(false).putAdditionalQueryParam("a", "1").putAdditionalHeader("X-A", "1").build();

    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Authorization", "authorization", "Proxy-Authorization"})
  void additionalHeaderCannotCarryCredentials(String name) {
    assertThatThrownBy(() -> ListModelExamplesParams.builder().putAdditionalHeader(name, "Basic abc"))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining(name)
        .hasMessageNotContaining("Basic abc");
  }

  @Test
  void additionalHeaderThatWouldSplitTheRequestIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> ListModelExamplesParams.builder().putAdditionalHeader("X-A", "v\r\nX-Injected: 1"))
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("X-A")
        .hasMessageNotContaining("Injected");
  }

  @Test
  void declaredParameterSetTwiceIsRefused() {
    ListModelExamplesParams.Builder builder =
        ListModelExamplesParams.builder().originalAssets(true).putAdditionalQueryParam("originalAssets", "false");

    assertThatThrownBy(builder::build)
        .isInstanceOf(ScenarioInputException.class)
        .hasMessageContaining("originalAssets");
  }

  @Test
  void toStringShowsNamesButNotValuesOfAdditionalParameters() {
    ListModelExamplesParams params = ListModelExamplesParams.builder()
        .originalAssets(true).putAdditionalHeader("X-Api-Token", "secret_123").putAdditionalQueryParam("sig", "s_456").build();

    assertThat(params.toString())
        .contains("originalAssets=true", "X-Api-Token", "sig")
        .doesNotContain("secret_123", "s_456");
  }
}
