package dev.scenarioclient.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's OpenAPI document as swagger-parser's model, with the two operations tests need to
 * walk it: following {@code $ref}s and folding {@code allOf} into one object schema. (The parser's
 * own "resolve fully" mode rewrites untyped schemas as objects, so it is not used.)
 */
public final class OpenApiSchemas {
  private final OpenAPI document;

  private OpenApiSchemas(OpenAPI document) {
    this.document = document;
  }

  public static OpenApiSchemas load() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenApiSchemas(
        new OpenAPIV3Parser().read(OpenApiContract.DOCUMENT.toUri().toString(), null, options));
  }

  public OpenAPI document() {
    return document;
  }

  /** The schema of the list-examples operation's 200 response. */
  public Schema<?> okResponse() {
    return document.getPaths().get("/models/{modelId}/examples").getGet().getResponses().get("200")
        .getContent().get("application/json").getSchema();
  }

  /** Follows local {@code $ref}s and folds {@code allOf}: the union of properties and required lists. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    while (current.get$ref() != null) {
      current = document.getComponents().getSchemas()
          .get(current.get$ref().substring("#/components/schemas/".length()));
    }
    if (current.getAllOf() == null) {
      return current;
    }
    Schema merged = new Schema<>().type("object");
    Map<String, Schema> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    for (Schema part : current.getAllOf()) {
      Schema resolved = resolve(part);
      if (resolved.getProperties() != null) {
        properties.putAll(resolved.getProperties());
      }
      if (resolved.getRequired() != null) {
        required.addAll(resolved.getRequired());
      }
    }
    merged.setProperties(properties);
    merged.setRequired(new ArrayList<>(required));
    return merged;
  }

  /** The resolved schema's properties, empty when it has none. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public Map<String, Schema<?>> properties(Schema<?> schema) {
    Map properties = resolve(schema).getProperties();
    return properties == null ? Map.of() : properties;
  }

  /** The resolved schema's required property names. */
  public List<String> required(Schema<?> schema) {
    List<String> required = resolve(schema).getRequired();
    return required == null ? List.of() : required;
  }

  /** The schema with every array level unwrapped, resolved. */
  public Schema<?> unwrapArrays(Schema<?> schema) {
    Schema<?> current = resolve(schema);
    while ("array".equals(current.getType())) {
      current = resolve(current.getItems());
    }
    return current;
  }
}
