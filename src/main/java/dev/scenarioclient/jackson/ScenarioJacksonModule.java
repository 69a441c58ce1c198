package dev.scenarioclient.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.google.gson.annotations.JsonAdapter;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson 2 module for the models of {@code dev.scenarioclient.models}: each model and open
 * enumeration is written as exactly the JSON {@link dev.scenarioclient.ScenarioJson#toJson} writes
 * (unknown fields, unlisted enumeration values, explicit {@code null}s and numbers as written
 * included, whatever the mapper's inclusion settings) and read as
 * {@link dev.scenarioclient.ScenarioJson#fromJson} reads it.
 *
 * <p>Register it explicitly, {@code new ObjectMapper().registerModule(new ScenarioJacksonModule())},
 * or let {@code ObjectMapper.findAndRegisterModules()} find it; in Spring Boot, declare it as a
 * {@code @Bean}. The models' own Gson adapters stay the single definition of their JSON: this module
 * hands each model to them and streams the result through the mapper's parser or generator, so
 * pretty-printing and other formats work. JSON the models cannot read fails with a Jackson
 * {@link com.fasterxml.jackson.databind.JsonMappingException} that names the JSON path.
 */
public final class ScenarioJacksonModule extends Module {
  private static final String MODELS_PACKAGE = "dev.scenarioclient.models.";

  /** Creates the module; it has no settings. */
  public ScenarioJacksonModule() {}

  @Override
  public String getModuleName() {
    return "ScenarioJacksonModule";
  }

  @Override
  public Version version() {
    return VersionUtil.parseVersion(
        ScenarioJacksonModule.class.getPackage().getImplementationVersion(),
        "dev.scenarioclient",
        "scenario-model-examples-client");
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers());
  }

  /** A generated model or open enumeration: the classes of the models package with a Gson adapter. */
  static boolean isModel(Class<?> type) {
    return type.getName().startsWith(MODELS_PACKAGE)
        && type.getName().indexOf('.', MODELS_PACKAGE.length()) < 0
        && type.isAnnotationPresent(JsonAdapter.class);
  }

  private static final class ModelSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return isModel(type.getRawClass()) ? new ModelSerializer<>(type.getRawClass()) : null;
    }
  }

  private static final class ModelDeserializers extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      return isModel(type.getRawClass()) ? new ModelDeserializer<>(type.getRawClass()) : null;
    }
  }
}
