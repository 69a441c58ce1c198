package dev.scenarioclient.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one class that calls the JSON Schema validator (networknt json-schema-validator, OpenAPI 3.0
 * dialect): it validates a body, or any value against one component, and returns the validator's
 * verdict as neutral {@link Finding}s. Everything else in {@code check} depends on this class only.
 */
final class BodyValidator {
  private static final String BASE = "urn:scenario:check:contract";

  private final SchemaRegistry registry;
  private final Schema response;

  /** @param validationSchema the schema {@link ValidationSchema#of} builds */
  BodyValidator(ObjectNode validationSchema) {
    String text = validationSchema.toString();
    // The OpenAPI 3.0 dialect (nullable, draft-4 keywords), reading the definitions ValidationSchema puts components in.
    Dialect dialect = Dialect.builder(Dialects.getOpenApi30()).keyword(new NonValidationKeyword("definitions")).build();
    this.registry = SchemaRegistry.withDefaultDialect(
        dialect, builder -> builder.schemas(Collections.singletonMap(BASE, text)));
    this.response = registry.getSchema(SchemaLocation.of(BASE));
  }

  /** One error of the validator: where (in the body), which keyword failed, and for which property. */
  static final class Finding {
    final JsonPath path;
    final String keyword;
    final @Nullable String property;
    private final Error error;

    Finding(JsonPath path, String keyword, @Nullable String property, Error error) {
      this.path = path;
      this.keyword = keyword;
      this.property = property;
      this.error = error;
    }

    /** The validator's message, formatted on demand (most findings never need it). */
    String message() {
      return String.valueOf(error.getMessage());
    }
  }

  /** Validates a whole response body against the response schema. */
  List<Finding> validate(JsonNode body) {
    return findings(response.validate(body));
  }

  /** Whether a value conforms to one component of the contract (closed as for a body). */
  boolean conforms(JsonNode value, String component) {
    Schema schema = registry.getSchema(SchemaLocation.of(BASE + ValidationSchema.DEFINITIONS + escape(component)));
    return schema.validate(value).isEmpty();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static List<Finding> findings(List<Error> errors) {
    List<Finding> findings = new ArrayList<>(errors.size());
    for (Error error : errors) {
      NodePath location = error.getInstanceLocation();
      List<Object> segments = new ArrayList<>(location.getNameCount());
      for (int i = 0; i < location.getNameCount(); i++) {
        segments.add(location.getElement(i));
      }
      String keyword = error.getKeyword();
      findings.add(new Finding(JsonPath.of(segments), keyword != null ? keyword : "", error.getProperty(), error));
    }
    return findings;
  }
}
